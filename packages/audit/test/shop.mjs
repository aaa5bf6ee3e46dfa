/**
 * The demo shop (examples/shop/server.mjs) as a real process on a free port, with its own
 * database and signing key in a temporary folder, for the audit's tests and benchmark.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHOP = join(import.meta.dirname, '..', '..', '..', 'examples', 'shop');

/**
 * Starts the shop; resolves with its URL and `stop()`.
 *
 * @example
 * const shop = await startShop(); … await shop.stop();
 */
export async function startShop() {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-audit-shop-'));
  const proc = spawn(process.execPath, [join(SHOP, 'server.mjs')], {
    cwd: dir,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      COOKIEGATE_DATA_DIR: dir,
      COOKIEGATE_DB: `sqlite:${join(dir, 'proofs.db')}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo shop did not start:\n${output}`)), 30_000);
    const take = (b) => {
      output += b;
      const m = /running at (http:\/\/\S+?:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1].replace('localhost', '127.0.0.1') + '/');
      }
    };
    proc.stdout.on('data', take);
    proc.stderr.on('data', take);
    proc.once(
      'exit',
      (code) => (clearTimeout(timer), reject(new Error(`the demo shop exited with ${code}:\n${output}`))),
    );
  });
  const stop = async () => {
    if (proc.exitCode == null) {
      const exited = new Promise((r) => proc.once('exit', r));
      proc.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, dir, stop };
}
