/**
 * Element blocking: scripts, iframes and images whose URL may not be contacted yet.
 *
 * - A script set up by code (`createElement('script')`, `src` set, then inserted by any
 *   method) gets `type="javascript/blocked"` the moment its `src` is set, so the browser
 *   neither requests nor runs it when it is inserted. The site's own later `type` writes
 *   are remembered, not applied.
 * - A script written in the HTML is neutralised the same way by a MutationObserver, which
 *   Chromium calls after the parser inserts the element and before it runs it (Chromium has
 *   no `beforescriptexecute`). The preload scanner may have downloaded it already: it never runs.
 * - An iframe's or image's `src` (`new Image().src = …` included) is kept back and set on release.
 *
 * Release puts a held script back into the document where it was, which makes the
 * browser run it once; scripts without `async` run in the order they were held.
 */
import { added } from '../core/dom';

export const BLOCKED = 'javascript/blocked';

/** Tells whether a URL (as written: relative or absolute) may be contacted now, and holds what may not: `run` is called once when it may (`el`: the iframe held, for a click-to-load placeholder). */
export interface Holder {
  allowed(url: string): boolean;
  hold(url: string, run: () => void, el?: Element): void;
}

/** The `type`s a browser runs as script. */
export const JS = /^(|module|(text|application)\/(x-)?(java|ecma)script)$/i;
const TAGS = /^(SCRIPT|IFRAME|IMG)$/;

export function blockElements({ allowed, hold }: Holder): void {
  const E = Element.prototype;
  const setAttr = E.setAttribute;
  const removeAttr = E.removeAttribute;
  // The type each held script had (null: none), until it is released.
  const types = new Map<Element, string | null>();

  const holdScript = (el: HTMLScriptElement, url: string) => {
    if (types.has(el)) return;
    types.set(el, el.getAttribute('type'));
    setAttr.call(el, 'type', BLOCKED);
    hold(url, () => {
      const t = types.get(el)!;
      types.delete(el);
      if (t == null) removeAttr.call(el, 'type');
      else setAttr.call(el, 'type', t);
      // Inserted scripts are async unless told otherwise: keep held classic scripts in order.
      if (!el.hasAttribute('async')) el.async = false;
      // Inserting it again makes the browser prepare (fetch and run) it, once.
      el.parentNode?.insertBefore(el, el.nextSibling);
    });
  };

  /** Returns true when the write must not go through now (`set` then runs on release). */
  const intercept = (el: Element, name: string, value: string, set: () => void): boolean => {
    if (!TAGS.test(el.tagName)) return false;
    const script = el.tagName == 'SCRIPT';
    // A held script keeps its blocked type; the site's own type is applied on release.
    if (name == 'type') return script && types.has(el) && !!types.set(el, value);
    if (name != 'src' || allowed(value)) return false;
    // A script keeps its src: with the blocked type it is neither fetched nor run. An
    // iframe's or image's src is what would load, so it is held back.
    if (script) return (holdScript(el as HTMLScriptElement, value), false);
    hold(value, set, el);
    return true;
  };

  // Called for every attribute any code sets: other elements go straight through.
  E.setAttribute = function (this: Element, name: string, value: string) {
    const n = TAGS.test(this.tagName) && String(name).toLowerCase();
    if (!n || !intercept(this, n, String(value), () => setAttr.call(this, n, value))) setAttr.call(this, name, value);
  };
  for (const [proto, prop] of [
    [HTMLScriptElement.prototype, 'src'],
    [HTMLScriptElement.prototype, 'type'],
    [HTMLIFrameElement.prototype, 'src'],
    [HTMLImageElement.prototype, 'src'],
  ] as const) {
    const d = Object.getOwnPropertyDescriptor(proto, prop)!;
    Object.defineProperty(proto, prop, {
      ...d,
      set(this: Element, v: string) {
        if (!intercept(this, prop, String(v), () => d.set!.call(this, v))) d.set!.call(this, v);
      },
    });
  }

  // Markup: elements the parser (or innerHTML) inserts.
  const check = (el: Element) => {
    const src = el.getAttribute('src');
    if (!src || types.has(el) || allowed(src)) return;
    if (el.tagName == 'SCRIPT') {
      if (JS.test((el.getAttribute('type') || '').trim())) holdScript(el as HTMLScriptElement, src);
    } else {
      removeAttr.call(el, 'src');
      hold(src, () => setAttr.call(el, 'src', src), el);
    }
  };
  new MutationObserver((records) => {
    for (const el of added(records)) {
      if (TAGS.test(el.tagName)) check(el);
      if (el.firstElementChild) el.querySelectorAll('script,iframe,img').forEach(check);
    }
  }).observe(document, { childList: true, subtree: true });
}
