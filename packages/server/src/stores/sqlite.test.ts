import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runStoreContract } from './contract.js';
import { SqliteStore } from './sqlite.js';
import { SqliteWorkerStore } from './sqlite-thread.js';

runStoreContract('sqlite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-'));
  const path = join(dir, 'proofs.db');
  return {
    open: async () => new SqliteStore({ path }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});

runStoreContract('sqlite on a worker thread', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-sqlite-w-'));
  const path = join(dir, 'proofs.db');
  return {
    open: async () => new SqliteWorkerStore({ path }),
    dispose: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
