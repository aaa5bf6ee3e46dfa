/**
 * Finds a Chromium on this machine and launches it with playwright-core: the audit never
 * downloads a browser.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from './chromium-flags.mjs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** Thrown when no browser can be found; its message says what to install. */
export class BrowserNotFound extends Error {}

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The browser to drive: `explicit` (`--chromium PATH`), else `$CHROMIUM_PATH`, else
 * `/usr/bin/chromium`, else `chromium` or `google-chrome` on the PATH.
 *
 * @example
 * findChromium('/opt/chrome/chrome'); // '/opt/chrome/chrome' (or throws BrowserNotFound)
 */
export function findChromium(explicit, env = process.env) {
  if (explicit) {
    if (executable(explicit)) return explicit;
    throw new BrowserNotFound(`--chromium ${explicit}: no executable browser there`);
  }
  if (env.CHROMIUM_PATH) {
    if (executable(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
    throw new BrowserNotFound(`CHROMIUM_PATH=${env.CHROMIUM_PATH}: no executable browser there`);
  }
  const candidates = [
    '/usr/bin/chromium',
    ...NAMES.flatMap((n) =>
      (env.PATH ?? '')
        .split(delimiter)
        .filter(Boolean)
        .map((d) => join(d, n)),
    ),
  ];
  const found = candidates.find(executable);
  if (found) return found;
  throw new BrowserNotFound(
    'No Chromium found (looked at /usr/bin/chromium and for chromium or google-chrome on the PATH). ' +
      'Install one (Debian/Ubuntu: apt-get install chromium; macOS: install Google Chrome) ' +
      'or name it with --chromium PATH or CHROMIUM_PATH.',
  );
}

/**
 * Launches the browser headless with flags for an unattended audit: no sandbox when run as
 * root (containers, CI), no background traffic that would pollute the request log.
 *
 * @example
 * const browser = await launch({ chromium: '/usr/bin/chromium' });
 */
export async function launch({ chromium: path, headless = true } = {}) {
  const executablePath = findChromium(path);
  const args = [...CHROMIUM_FLAGS];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  return chromium.launch({ executablePath, headless, args });
}
