/**
 * The script-tag build's floating button (`cookiegate-floating-<lang>.js`), one file per
 * language folder with that language's label: the head loads it once the page is idle
 * (core/launcher.ts). The banner's file (`cookiegate-ui-<lang>.js`) imports this entry, so that
 * a first visit gets the button with the banner rather than in a second file.
 */
import label from 'cookiegate:floating';
import { floatingButton, type Floating } from '../core/floating';

declare global {
  interface Window {
    /** Set by cookiegate-floating-<lang>.js. */
    cookiegateFloating?: Floating;
  }
}

window.cookiegateFloating = (host) => floatingButton(host, label);
