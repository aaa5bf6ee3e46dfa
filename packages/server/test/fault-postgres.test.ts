/**
 * Crash safety and tamper evidence on PostgreSQL (the scenario is in fault-harness.ts),
 * in a database of its own on the cluster global-setup.ts provides, so the contract
 * suite sharing that cluster is not disturbed.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { faultSuite } from './fault-harness.js';

const adminUrl = inject('pgUrl');

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

faultSuite('PostgreSQL', async () => {
  const name = `cg_fault_${randomBytes(5).toString('hex')}`;
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  const db = u.toString();
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  return {
    db,
    // The CLI's store uses the default schema, `cookiegate`.
    tamper: (id, from, to) =>
      withClient(db, async (c) => {
        const r = await c.query(
          'UPDATE cookiegate.records SET body = replace(body, $2, $3) WHERE id = $1 AND strpos(body, $2) > 0',
          [id, from, to],
        );
        return r.rowCount ?? 0;
      }),
    // FORCE: sessions of killed servers may not have been reaped yet.
    dispose: () => withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => {}),
  };
});
