/**
 * Records what a browser context does, tagged with the audit phase it happened in: every
 * request (with its tracker classification), the consent commands pages give Google
 * (`dataLayer`), Meta (`fbq`) and Microsoft (`uetq`), and snapshots of cookies and storage.
 */
import { classifyCookie, classifyUrl } from './trackers.mjs';

// Runs in every document before the page's scripts: traps the globals the vendors' snippets
// assign and reports their consent calls to the audit. A Proxy keeps the snippets' own
// properties (fbq.queue, fbq.callMethod) working.
const CAPTURE = () => {
  // Each dataLayer entry once, however often the array is re-assigned or re-pushed.
  const seen = new WeakSet();
  // A call made just before the page unloads (a reload after withdrawal) may never reach
  // the audit: each is kept in sessionStorage until acknowledged, and re-sent by the next
  // document of the tab.
  const KEY = '__cookiegate_audit';
  const pending = () => {
    try {
      return JSON.parse(sessionStorage.getItem(KEY) || '[]');
    } catch {
      return [];
    }
  };
  const keep = (list) => {
    try {
      if (list.length) sessionStorage.setItem(KEY, JSON.stringify(list));
      else sessionStorage.removeItem(KEY);
    } catch {}
  };
  const send = (entry) => {
    try {
      window.__cookiegateAuditRecord(entry).then(
        () => keep(pending().filter((e) => e.id != entry.id)),
        () => {},
      );
    } catch {}
  };
  for (const entry of pending()) send(entry);
  let n = 0;
  const report = (kind, args) => {
    if (typeof args == 'object' && args) {
      if (seen.has(args)) return;
      seen.add(args);
    }
    try {
      const entry = {
        id: `${Date.now()}-${Math.random()}-${n++}`,
        kind,
        args: JSON.parse(JSON.stringify(Array.from(args), (k, v) => (typeof v == 'function' ? undefined : v))),
      };
      keep([...pending(), entry]);
      send(entry);
    } catch {}
  };
  const wrapPush = (kind, arr) => {
    if (!arr || typeof arr.push != 'function' || arr.__cgAudit) return arr;
    const push = arr.push;
    const wrapped = function (...items) {
      for (const item of items) {
        if (kind == 'dataLayer') {
          if (item && typeof item == 'object' && typeof item.length == 'number') report('dataLayer', item);
          else if (item && typeof item == 'object' && item.event) report('dataLayer', ['event', String(item.event)]);
        }
      }
      if (kind == 'uetq') report('uetq', items);
      return push.apply(this, items);
    };
    try {
      Object.defineProperty(arr, 'push', { value: wrapped, writable: true, configurable: true });
      Object.defineProperty(arr, '__cgAudit', { value: true });
    } catch {}
    return arr;
  };
  const trap = (name, wrap) => {
    let value;
    try {
      Object.defineProperty(window, name, {
        configurable: true,
        get: () => value,
        set: (v) => {
          value = wrap(v);
        },
      });
    } catch {}
  };
  trap('dataLayer', (v) => {
    if (Array.isArray(v)) for (const item of v) if (item && typeof item.length == 'number') report('dataLayer', item);
    return wrapPush('dataLayer', v);
  });
  trap('uetq', (v) => wrapPush('uetq', v));
  trap('fbq', (v) =>
    typeof v == 'function' && !v.__cgAudit
      ? new Proxy(v, {
          apply(target, self, args) {
            if (args[0] == 'consent' || args[0] == 'init') report('fbq', args);
            return Reflect.apply(target, self, args);
          },
          get: (target, key) => (key == '__cgAudit' ? true : Reflect.get(target, key)),
        })
      : v,
  );
};

/**
 * A recorder attached to a browser context.
 *
 * @example
 * const rec = await record(context, 'https://shop.example/');
 * rec.phase = 'after accept';
 * await rec.snapshot(page);
 */
export async function record(context, startUrl, { viewport = '' } = {}) {
  const origin = new URL(startUrl).origin;
  const rec = {
    phase: 'before',
    viewport,
    requests: [],
    consentCalls: [],
    cookies: new Map(),
    storage: new Map(),
    /** Requests of this recorder since index `from` that went to trackers. */
    trackersSince(from = 0) {
      return rec.requests.slice(from).filter((r) => r.tracker);
    },
    /** Takes a snapshot of cookies and storage; returns the cookies as they are now. */
    async snapshot(page) {
      const now = await context.cookies();
      for (const c of now) {
        const key = `${c.name}@${c.domain}${c.path}`;
        if (!rec.cookies.has(key)) rec.cookies.set(key, { ...cookieFacts(c, origin), phase: rec.phase, viewport });
      }
      if (page) {
        const kv = await page
          .evaluate(async () => {
            // The audit's own buffer (see CAPTURE) is not the site's.
            const keys = (s) => {
              try {
                return Object.keys(s).filter((k) => k != '__cookiegate_audit');
              } catch {
                return [];
              }
            };
            let idb = [];
            try {
              idb = (await indexedDB.databases()).map((d) => d.name);
            } catch {}
            return {
              local: keys(localStorage),
              session: keys(sessionStorage),
              indexedDB: idb,
              origin: location.origin,
            };
          })
          .catch(() => null);
        if (kv)
          for (const [type, names] of Object.entries({ local: kv.local, session: kv.session, indexedDB: kv.indexedDB }))
            for (const name of names) {
              const key = `${type}:${name}@${kv.origin}`;
              if (!rec.storage.has(key))
                rec.storage.set(key, {
                  type,
                  name,
                  origin: kv.origin,
                  phase: rec.phase,
                  viewport,
                  ...classifyCookie(name),
                });
            }
      }
      return now.map((c) => cookieFacts(c, origin));
    },
  };
  const received = new Set();
  await context.exposeBinding('__cookiegateAuditRecord', (_source, { id, kind, args }) => {
    if (received.has(id)) return;
    received.add(id);
    rec.consentCalls.push({ kind, args, phase: rec.phase, viewport, at: Date.now() });
  });
  await context.addInitScript(CAPTURE);
  context.on('request', (r) => {
    const url = r.url();
    if (!/^https?:/.test(url)) return;
    const c = classifyUrl(url);
    let initiator = 'service worker';
    try {
      const f = r.frame();
      initiator = f.url() || 'page';
    } catch {}
    rec.requests.push({
      url: url.length > 300 ? url.slice(0, 300) + '…' : url,
      host: c.host,
      thirdParty: new URL(url).origin != origin,
      type: r.resourceType(),
      initiator: r.serviceWorker() ? 'service worker' : initiator,
      phase: rec.phase,
      viewport,
      tracker: c.tracker,
      preset: c.preset,
      at: Date.now(),
    });
  });
  return rec;
}

/**
 * What the report keeps of a cookie: name, domain, lifetime in days (`null` for a session
 * cookie), HttpOnly, first or third party, and its preset if one declares it.
 *
 * @example
 * cookieFacts({ name: '_ga', domain: '.shop.example', expires: 1.8e9, httpOnly: false, path: '/' }, 'https://shop.example');
 */
export function cookieFacts(c, origin) {
  const host = new URL(origin).hostname;
  const domain = c.domain.replace(/^\./, '');
  return {
    name: c.name,
    domain: c.domain,
    path: c.path,
    expires: c.expires > 0 ? new Date(c.expires * 1000).toISOString() : null,
    days: c.expires > 0 ? Math.round((c.expires * 1000 - Date.now()) / 864e3) / 100 : null,
    httpOnly: c.httpOnly,
    firstParty: host == domain || host.endsWith('.' + domain),
    ...classifyCookie(c.name),
  };
}
