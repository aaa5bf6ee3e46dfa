// Build: the script-tag build (rollup.config.mjs, chat-on-demand) imports facade-load.ts in place
// of ./facade-button, so that the head script loads the button from cookiegate-chat.js.
/**
 * Click-to-load facade (`"facade": true`, meant for `zendesk-chat`): instead of the chat
 * widget, which sets a 365-day visitor id as soon as it loads, a plain chat button
 * (facade-button.ts). The widget loads when the visitor clicks it (an explicit
 * request), and keeps loading on the following pages of the same tab.
 */
import { chatButton, placeholder } from './facade-button';
import type { ResolvedConfig, ServiceConfig } from '../core/config';
import { servicesWhere } from '../core/state';

/** A video or map embed: with `"facade": true` each one shows a click-to-load placeholder instead of the chat button. */
export const embed = (s: ServiceConfig): boolean => /^(youtube|vimeo|google-maps)$/.test(s.preset!);

/**
 * Shows a placeholder in place of a held embed: `load` loads this one embed (this once),
 * `grant` grants its service (stored like any decision, with a proof).
 */
export const embedPlaceholder = (
  config: ResolvedConfig,
  id: string,
  el: Element,
  load: () => void,
  grant: () => void,
): unknown => {
  const t = config.services[id]!.title;
  return placeholder(config.language, el, typeof t == 'string' ? t : id, load, grant);
};

const KEY = 'cookiegate-facade';

/** Shows the button when a service has a facade; returns whether a service was requested. */
export function openFacade(config: ResolvedConfig, onRequest: () => void): (id: string) => boolean {
  const ids = servicesWhere(config, (s) => s.facade && !embed(s));
  // Without a facade the tab's storage is not even opened (its first use costs the page time).
  if (!ids.length) return () => false;
  let requested: string[] = [];
  try {
    requested = (sessionStorage.getItem(KEY) || '').split(' ');
  } catch {
    // Storage disabled: the button is shown on every page.
  }
  const waiting = ids.filter((id) => !requested.includes(id));
  if (waiting.length) {
    const show = () =>
      chatButton(config.language, () => {
        requested.push(...waiting);
        try {
          sessionStorage.setItem(KEY, requested.join(' '));
        } catch {
          // Only this page loads the chat.
        }
        onRequest();
      });
    if (document.body) show();
    else document.addEventListener('DOMContentLoaded', show);
  }
  return (id) => requested.includes(id);
}
