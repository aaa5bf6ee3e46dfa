/**
 * Markup gating: `<script type="text/plain" data-consent="ID">` and
 * `<iframe|img data-consent="ID" data-src="...">` stay inert until ID is accepted,
 * then run or load in document order, each blocking external script finishing
 * before the next gated script runs, as the browser does for classic scripts.
 */
import { added, fail, ready } from './dom';

const SELECTOR = '[data-consent]';

const isGated = (el: Element) =>
  el.tagName == 'SCRIPT' ? (el as HTMLScriptElement).type == 'text/plain' : el.hasAttribute('data-src');

// A parser-inserted element is complete once the parser has moved past it.
const isComplete = (el: Element) => el.ownerDocument.readyState != 'loading' || !!el.nextSibling;

// Released in place, not cloned (a new element costs the browser about five times as much):
// a script the parser met with a type it does not run is not "already started", so that
// inserted again with a runnable type it runs once. Its nonce stays with it, and a `src`
// is written again while it is out of the document, so that the blocker sees it before the
// browser requests it.
function activateScript(el: HTMLScriptElement): Promise<unknown> | undefined {
  const parent = el.parentNode!;
  const next = el.nextSibling;
  const type = el.getAttribute('data-consent-type');
  const src = el.getAttribute('data-src') || el.getAttribute('src');
  el.remove();
  if (type) el.setAttribute('type', type);
  else el.removeAttribute('type');
  el.removeAttribute('data-consent-type');
  el.removeAttribute('data-src');
  if (src) el.setAttribute('src', src);
  // Inserted scripts are async unless told otherwise; keep the author's choice.
  const async = el.hasAttribute('async');
  if (!async) el.async = false;
  const done =
    src && !async
      ? new Promise((r) => {
          el.addEventListener('load', r);
          el.addEventListener('error', r);
        })
      : undefined;
  parent.insertBefore(el, next);
  return done;
}

function activate(el: Element): Promise<unknown> | undefined {
  if (!el.isConnected) return;
  if (el.tagName == 'SCRIPT') return activateScript(el as HTMLScriptElement);
  const srcset = el.getAttribute('data-srcset');
  if (srcset) el.setAttribute('srcset', srcset);
  el.setAttribute('src', el.getAttribute('data-src')!);
  el.removeAttribute('data-src');
  el.removeAttribute('data-srcset');
}

/** The gate over a document: `release()` runs what has become accepted. */
export interface Gate {
  /** Runs or loads every waiting element whose id is now accepted. */
  release(): void;
}

/**
 * Starts gating the document: collects gated elements now and as they are parsed or
 * inserted later, and releases those whose id `accepted` says yes.
 *
 * @example
 * const gate = createGate((id) => accepted(id));
 * onChange(() => gate.release());
 */
export function createGate(accepted: (id: string) => boolean): Gate {
  const waiting: Element[] = [];
  const seen = new WeakSet<Element>();
  let chain: Promise<unknown> = Promise.resolve();

  const take = (el: Element) => {
    if (!seen.has(el) && el.hasAttribute?.('data-consent') && isGated(el)) {
      seen.add(el);
      waiting.push(el);
    }
  };
  // Most added elements are leaves (the parser reports each element it inserts): no search in them.
  const collect = (root: Element | Document) => {
    take(root as Element);
    if (root.firstElementChild) root.querySelectorAll(SELECTOR).forEach(take);
  };

  const release = () => {
    for (let i = 0; i < waiting.length;) {
      const el = waiting[i]!;
      if (!isComplete(el) || !accepted(el.getAttribute('data-consent') || '')) {
        i++;
        continue;
      }
      waiting.splice(i, 1);
      // A deferred script waits for the parsed document, as the browser would make it.
      const defer = el.hasAttribute('defer') && new Promise<unknown>(ready);
      chain = chain
        .then(() => defer)
        .then(() => activate(el))
        .catch(fail);
    }
  };

  collect(document);
  new MutationObserver((records) => {
    for (const el of added(records)) collect(el);
    if (waiting.length) release();
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', release);
  release();
  return { release };
}
