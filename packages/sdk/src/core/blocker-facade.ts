/**
 * Click-to-load facade (`"facade": true`, meant for `zendesk-chat`): instead of the chat
 * widget, which sets a 365-day visitor id as soon as it loads, a plain chat button. The
 * widget loads when the visitor clicks it (an explicit request), and keeps loading on the
 * following pages of the same tab.
 */
import type { ResolvedConfig } from './config';

const KEY = 'cookiegate-facade';
const LABEL: Record<string, string> = { sv: 'Chatta med oss', da: 'Chat med os', en: 'Chat with us' };

/** Shows the button when a service has a facade; returns whether a service was requested. */
export function openFacade(config: ResolvedConfig, onRequest: () => void): (id: string) => boolean {
  const ids = Object.keys(config.services).filter((id) => config.services[id]!.facade);
  let requested: string[] = [];
  try {
    requested = (sessionStorage.getItem(KEY) || '').split(' ');
  } catch {
    // Storage disabled: the button is shown on every page.
  }
  const waiting = ids.filter((id) => !requested.includes(id));
  if (waiting.length) {
    const lang = (config.language == 'auto' ? document.documentElement.lang || navigator.language : config.language).slice(0, 2);
    const show = () => {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'cookiegate-chat';
      b.textContent = LABEL[lang] || LABEL.en!;
      b.style.cssText = 'position:fixed;right:1em;bottom:1em;z-index:2147483000;padding:.8em 1.2em;border:0;border-radius:2em;background:#1f73b7;color:#fff;font:inherit;cursor:pointer';
      b.onclick = () => {
        requested.push(...waiting);
        try {
          sessionStorage.setItem(KEY, requested.join(' '));
        } catch {
          // Only this page loads the chat.
        }
        b.remove();
        onRequest();
        openWidget();
      };
      document.body.append(b);
    };
    if (document.body) show();
    else document.addEventListener('DOMContentLoaded', show);
  }
  return (id) => requested.includes(id);
}

/** Opens the chat once its script is there (Zendesk Messaging, Web Widget Classic or legacy Chat). */
function openWidget(tries = 50): void {
  const w = window as unknown as { zE?: (...a: unknown[]) => void; $zopim?: { livechat?: { window: { show(): void } } } };
  try {
    if (w.zE) return w.zE('messenger', 'open'), w.zE('webWidget', 'open');
    if (w.$zopim?.livechat) return w.$zopim.livechat.window.show();
  } catch {
    // The widget's API throws for the variant it is not: the other call did it.
    return;
  }
  if (tries) setTimeout(() => openWidget(tries - 1), 200);
}
