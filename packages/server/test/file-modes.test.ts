/** Files the server creates are its owner's only: the data and key folders 0700, the database (with WAL/SHM) and the signing key 0600. */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serve } from '../src/node/serve.js';
import { postInit, SITE } from './submission.js';

const root = mkdtempSync(join(tmpdir(), 'cookiegate-modes-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const mode = (p: string) => (statSync(p).mode & 0o777).toString(8);

describe('file modes', () => {
  it('serve() creates the data and key folders 0700 and the database, its WAL/SHM and the signing key 0600', async () => {
    const data = join(root, 'data');
    const keys = join(root, 'keys');
    const srv = await serve({
      port: 0,
      host: '127.0.0.1',
      db: `sqlite:${join(data, 'proofs.db')}`,
      keyDir: keys,
      origins: [SITE],
      handleSignals: false,
      treeHeadIntervalMs: 0,
    });
    try {
      const res = await fetch(`${srv.url}/v1/proofs`, postInit());
      expect(res.status).toBe(201);
      expect({
        dir: mode(data),
        keyDir: mode(keys),
        db: mode(join(data, 'proofs.db')),
        wal: mode(join(data, 'proofs.db-wal')),
        shm: mode(join(data, 'proofs.db-shm')),
        key: mode(join(keys, 'signing-key.pem')),
      }).toEqual({ dir: '700', keyDir: '700', db: '600', wal: '600', shm: '600', key: '600' });
    } finally {
      await srv.close();
    }
  });
});
