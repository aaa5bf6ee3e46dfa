// Build: the script-tag build (rollup.config.mjs, chat-on-demand) imports facade-load.ts in place
// of ./facade-button, so that the head script loads the button from cookiegate-chat.js.
/**
 * Click-to-load facade (`"facade": true`, meant for `zendesk-chat`): instead of the chat
 * widget, which sets a 365-day visitor id as soon as it loads, a plain chat button
 * (facade-button.ts). The widget loads when the visitor clicks it (an explicit
 * request), and keeps loading on the following pages of the same tab.
 */
import { chatButton } from './facade-button';
import type { ResolvedConfig } from '../core/config';
import { servicesWhere } from '../core/state';

const KEY = 'cookiegate-facade';

/** Shows the button when a service has a facade; returns whether a service was requested. */
export function openFacade(config: ResolvedConfig, onRequest: () => void): (id: string) => boolean {
  const ids = servicesWhere(config, (s) => s.facade);
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
