/**
 * node glue for the dashboard: its built files (`dist/dashboard/`) read from disk once and
 * kept in memory, as the handler's {@link AssetSource}.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AssetSource } from '../http/dashboard-route.js';

/** The built dashboard beside this module in `dist/` (`dist/node/` → `dist/dashboard/`). */
export const DASHBOARD_DIR = fileURLToPath(new URL('../dashboard/', import.meta.url));

/**
 * The dashboard's files from a folder; a name outside it is never read (the route only asks
 * for `index.html` and hashed asset names).
 * @example
 * createHandler({ store, origins, signingKey, dashboard: dashboardFiles() });
 */
export function dashboardFiles(dir: string = DASHBOARD_DIR): AssetSource {
  const cache = new Map<string, Promise<Uint8Array<ArrayBuffer> | undefined>>();
  return {
    read(name) {
      if (!/^[\w.-]+$/.test(name) || name.startsWith('.')) return Promise.resolve(undefined);
      let file = cache.get(name);
      if (!file) {
        file = readFile(join(dir, name)).then(
          (b) => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength)),
          () => {
            cache.delete(name); // built later: read again next time
            return undefined;
          },
        );
        cache.set(name, file);
      }
      return file;
    },
  };
}
