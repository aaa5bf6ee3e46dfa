/** The table of cookies and storage keys that the preferences and the declaration show. */
import { el, type Ctx } from './banner';
import { formatLifetime } from './lifetime';
import type { CookieView } from './model';

/** A row of the table: in the declaration, with the service it belongs to. */
export type CookieRow = CookieView & { service?: string };

/**
 * Cookies and storage keys with their lifetime, domain and purpose (and with `service`, the
 * service's column, in the declaration). Every value is a text node.
 *
 * @example
 * details.append(cookieTable(ctx, service.cookies));
 */
export function cookieTable(ctx: Ctx, rows: CookieRow[], service?: boolean): HTMLTableElement {
  const { t, lang } = ctx;
  return el(
    'table',
    {},
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...(service ? [t.service] : [])
          .concat(t.name, t.lifetime, t.domain, t.purpose)
          .map((x) => el('th', { scope: 'col' }, x)),
      ),
    ),
    el(
      'tbody',
      {},
      ...rows.map((c) =>
        el(
          'tr',
          {},
          service && el('td', {}, c.service!),
          el('td', {}, c.name, c.preset && el('span', { class: 'd' }, ' (' + t.fromPreset + ')')),
          el('td', {}, c.lifetime ? formatLifetime(c.lifetime, lang, t.session) : '–'),
          el('td', {}, c.storage ? t.storage : c.domain || location.hostname),
          el('td', {}, c.purpose || '–'),
        ),
      ),
    ),
  );
}
