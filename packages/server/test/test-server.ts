/**
 * The proof server as the HTTP tests start it: `serve()` in this process on 127.0.0.1 and a port
 * the OS picks, a fresh folder for its SQLite file and signing key, no signal handlers, tree heads
 * on demand only, and the test site's origin allowed; options override any of these.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';
import { serve, type RunningServer, type ServeOptions } from '../src/node/serve.js';
import { SITE } from './submission.js';

/** A started test server: its folder (`p.db`, `keys/`) and a dispose that closes it and removes the folder. */
export interface TestServer extends RunningServer {
  dir: string;
  dispose(): Promise<void>;
}

/**
 * @example
 * const srv = await startTestServer({ rateLimit: false });
 * try { await fetch(`${srv.url}/v1/proofs`, postInit()); } finally { await srv.dispose(); }
 */
export async function startTestServer(options: ServeOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-test-server-'));
  try {
    const srv = await serve({
      port: 0,
      host: '127.0.0.1',
      db: `sqlite:${join(dir, 'p.db')}`,
      keyDir: join(dir, 'keys'),
      origins: [SITE],
      handleSignals: false,
      treeHeadIntervalMs: 0,
      ...options,
    });
    const dispose = async () => {
      await srv.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { ...srv, dir, dispose };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

/**
 * A `start` for a test file whose servers are disposed of after each test (or, with `afterAll`,
 * after the file), each with `defaults` under its own options.
 * @example
 * const start = testServers({ newChains: false });
 * it('…', async () => { const srv = await start({ requestTimeoutMs: 500 }); … });
 */
export function testServers(
  defaults: ServeOptions = {},
  hook: typeof afterEach | typeof afterAll = afterEach,
): (options?: ServeOptions) => Promise<TestServer> {
  const started: TestServer[] = [];
  hook(async () => {
    for (const s of started.splice(0)) await s.dispose();
  });
  return async (options = {}) => {
    const srv = await startTestServer({ ...defaults, ...options });
    started.push(srv);
    return srv;
  };
}
