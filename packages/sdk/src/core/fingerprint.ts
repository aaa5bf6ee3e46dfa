import { checksum } from './cookie';

declare const __SDK_VERSION__: string;

/**
 * A config's fingerprint for this SDK version: what `cookiegate check` prints as the
 * config element's `data-checked`, and what a browser that checked the config keeps. A
 * config carrying its own fingerprint is not checked again in every visitor's browser;
 * any edit (or another SDK version) changes it, and the config is checked as usual. It is
 * not a signature: whoever can edit the config can edit it too.
 *
 * @example
 * fingerprint(JSON.parse(text)); // '1x2b9kq' → <script type="application/json" id="cookiegate-config" data-checked="1x2b9kq">
 */
export const fingerprint = (config: unknown): string => checksum(__SDK_VERSION__ + JSON.stringify(config));
