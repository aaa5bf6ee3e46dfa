/**
 * The click-to-load placeholder of a video or map embed (`"facade": true` on `youtube`,
 * `vimeo`, `google-maps`): in place of the held <iframe>, a box of the same size that says
 * who would get the visitor's data, a button that loads this one embed (this once) and one
 * that allows the service (a stored decision, with its proof). Plain DOM, real <button>s,
 * in the page's language; loaded on demand with the chat button (cookiegate-chat.js).
 */
import { facadeTexts } from './facade-texts';

/** `language` is the config's (`"auto"`: the page's, else the browser's). */
export function placeholder(language: string, el: Element, title: string, load: () => void, grant: () => void): void {
  const t = facadeTexts(language);
  const [text, once, always] = [t.embed, t.once, t.always].map((s) => s.replace(/%s/g, title));
  const frame = el as HTMLElement;
  const box = document.createElement('div');
  box.className = 'cookiegate-embed';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', title);
  // Where the embed would be, as large (its own inline style, or its width and height).
  box.style.cssText =
    frame.style.cssText +
    `;box-sizing:border-box;display:flex;flex-direction:column;justify-content:center;gap:.75em;padding:1em;background:#f2f2f2;color:#1a1a1a;border:1px solid #767676;font:inherit` +
    (frame.getAttribute('width') ? `;width:${frame.getAttribute('width')}px;max-width:100%` : '') +
    (frame.getAttribute('height') ? `;height:${frame.getAttribute('height')}px` : '');
  const p = document.createElement('p');
  p.textContent = text!;
  p.style.margin = '0';
  const button = (label: string, f: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.style.cssText =
      'align-self:flex-start;padding:.5em 1em;border:1px solid #1a1a1a;border-radius:.25em;background:#fff;color:#1a1a1a;font:inherit;cursor:pointer';
    b.onclick = () => {
      box.remove();
      frame.style.visibility = '';
      f();
    };
    return b;
  };
  box.append(p, button(once!, load), button(always!, grant));
  frame.style.visibility = 'hidden';
  frame.before(box);
}
