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

function activateScript(el: HTMLScriptElement): Promise<unknown> | undefined {
  const s = document.createElement('script');
  for (const { name, value } of el.attributes) {
    if (!/^(type|data-src|data-consent-type)$/.test(name)) s.setAttribute(name, value);
  }
  // The browser hides a nonce from getAttribute once parsed; the property keeps it.
  if (el.nonce) s.nonce = el.nonce;
  const type = el.getAttribute('data-consent-type');
  if (type) s.type = type;
  const src = el.getAttribute('data-src') || el.getAttribute('src');
  if (src) s.src = src;
  else s.text = el.text;
  // Inserted scripts are async unless told otherwise; keep the author's choice.
  s.async = el.hasAttribute('async');
  const done =
    src && !s.async
      ? new Promise((r) => {
          s.addEventListener('load', r);
          s.addEventListener('error', r);
        })
      : undefined;
  el.replaceWith(s);
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

  const collect = (root: Element | Document) => {
    for (const el of [root, ...root.querySelectorAll(SELECTOR)] as Element[]) {
      if (el.matches?.(SELECTOR) && !seen.has(el) && isGated(el)) {
        seen.add(el);
        waiting.push(el);
      }
    }
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
