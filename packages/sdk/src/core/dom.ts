/**
 * Small helpers several head-script modules share, written once to keep cookiegate.js small.
 */

/** Runs `f` once the document is parsed: now, or on DOMContentLoaded. */
export const ready = (f: (e?: Event) => void): unknown =>
  document.readyState == 'loading' ? document.addEventListener('DOMContentLoaded', f) : f();

/** Logs an error that must not stop the rest (a failed chunk, a throwing gated script). */
export const fail = (e: unknown): void => console.error('[cookiegate]', e);

/**
 * The elements a batch of mutations added, less those inside another of them (a
 * `querySelectorAll` on that one finds them): the parser reports every element it inserts,
 * so that a search in each would cost the page's size times its depth.
 */
export const added = (records: MutationRecord[]): Element[] => {
  // Elements only, without an array per record: the parser sends a record per node it
  // inserts, text nodes included.
  const all: Element[] = [];
  for (const r of records) for (const n of r.addedNodes) if (n.nodeType == 1) all.push(n as Element);
  const set = new Set<Node>(all);
  return all.filter((n) => !set.has(n.parentNode!));
};
