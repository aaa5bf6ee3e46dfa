import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { inclusionProof, verifyInclusion } from '../merkle.js';
import { recordLeafHash } from '../record.js';
import { makePending, runStoreContract } from './contract.js';
import { PostgresStore } from './postgres.js';

const url = inject('pgUrl');

async function freshSchema(): Promise<{ schema: string; drop: () => Promise<void> }> {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  return {
    schema,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

runStoreContract('postgres', async () => {
  const { schema, drop } = await freshSchema();
  return { open: async () => new PostgresStore({ connectionString: url, schema }), dispose: drop };
});

describe('PostgresStore with two writers', () => {
  it('keeps one consistent log when two store instances append to one site concurrently', async () => {
    const { schema, drop } = await freshSchema();
    const a = new PostgresStore({ connectionString: url, schema, maxConnections: 4 });
    const b = new PostgresStore({ connectionString: url, schema, maxConnections: 4 });
    try {
      await Promise.all([a.init(), b.init()]);
      const site = 'https://shop.example';
      const work = (s: PostgresStore) =>
        Promise.all(Array.from({ length: 25 }, () => s.append([makePending(site), makePending(site)])));
      const [ra, rb] = await Promise.all([work(a), work(b)]);
      const indexes = [...ra.flat(), ...rb.flat()].map((r) => r.index).sort((x, y) => x - y);
      expect(indexes).toEqual([...Array(100).keys()]);
      const head = await a.head(site);
      expect(head.size).toBe(100);
      const rows = await b.readRows(site, 0, 200);
      for (const row of rows) expect(recordLeafHash(JSON.parse(row.body!))).toBe(row.leafHash);
      for (const m of [0, 37, 99]) {
        const path = await inclusionProof(b.nodeReader(site), m, 100);
        expect(verifyInclusion(m, 100, rows[m]!.leafHash, path, head.rootHash)).toBe(true);
      }
    } finally {
      await a.close();
      await b.close();
      await drop();
    }
  });
});
