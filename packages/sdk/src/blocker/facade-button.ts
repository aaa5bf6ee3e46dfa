/**
 * The click-to-load chat button: a plain, real <button> labelled in the page's language. A click removes it, calls `onClick` (which releases the chat widget) and
 * opens the widget once its script is there. The script-tag build loads this file on
 * demand (`cookiegate-chat.js`), only on pages where a facade is shown.
 */
import { facadeTexts } from './facade-texts';

export { placeholder } from './facade-embed';

/** `language` is the config's (`"auto"`: the page's, else the browser's); resolved here, in the on-demand file. */
export function chatButton(language: string, onClick: () => void): void {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'cookiegate-chat';
  b.textContent = facadeTexts(language).chat;
  b.style.cssText =
    'position:fixed;right:1em;bottom:1em;z-index:2147483000;padding:.8em 1.2em;border:0;border-radius:2em;background:#1f73b7;color:#fff;font:inherit;cursor:pointer';
  b.onclick = () => {
    b.remove();
    onClick();
    openWidget();
  };
  document.body.append(b);
}

/** Opens the chat once its script is there (Zendesk Messaging, Web Widget Classic or legacy Chat). */
function openWidget(tries = 50): void {
  const w = window as unknown as {
    zE?: (...a: unknown[]) => void;
    $zopim?: { livechat?: { window: { show(): void } } };
  };
  try {
    if (w.zE) return (w.zE('messenger', 'open'), w.zE('webWidget', 'open'));
    if (w.$zopim?.livechat) return w.$zopim.livechat.window.show();
  } catch {
    // The widget's API throws for the variant it is not: the other call did it.
    return;
  }
  if (tries) setTimeout(() => openWidget(tries - 1), 200);
}
