import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { createHandler } from '../../http/handler.js';
import { inclusionProof, verifyInclusion } from '../../log/merkle.js';
import { verifyReceipt, type Receipt } from '../../ops/receipt.js';
import { verifyLog } from '../../ops/verify-log.js';
import { recordLeafHash } from '../../log/record.js';
import { appended, makePending, runStoreContract } from '../../../test/store-contract.js';
import { runStatsContract } from '../../../test/store-contract-stats.js';
import { PostgresStore } from './postgres.js';
import { TestChain } from '../../../test/chain-signer.js';

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

runStatsContract('postgres', async () => {
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
        Promise.all(Array.from({ length: 25 }, () => s.append([makePending(site), makePending(site)]).then(appended)));
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

describe('two proof servers on one PostgreSQL', () => {
  it('acknowledge concurrent proofs into one log that verifies', async () => {
    const { schema, drop } = await freshSchema();
    const key = generateKeyPairSync('ed25519');
    const site = 'https://shop.example';
    const stores = [0, 1].map(() => new PostgresStore({ connectionString: url, schema, maxConnections: 4 }));
    const handlers = stores.map((store) =>
      createHandler({ store, origins: [site], signingKey: key.privateKey, rateLimit: false, treeHeadIntervalMs: 0 }),
    );
    const consents = Array.from({ length: 120 }, () => randomUUID());
    const chains = consents.map((c) => new TestChain(c));
    try {
      const post = (i: number) =>
        handlers[i % 2]!(
          new Request('http://x/v1/proofs', {
            method: 'POST',
            headers: { origin: site, 'content-type': 'application/json' },
            body: JSON.stringify(
              chains[i]!.first({
                consentId: consents[i],
                action: 'custom',
                surface: 'preferences',
                decisions: { analytics: i % 3 === 0 },
                revision: 1,
                shownHash: 'd'.repeat(64),
                locale: 'de-DE',
                sdkVersion: '0.1.0',
                gpc: true,
                page: `${site}/p/${i}`,
                clientTime: new Date().toISOString(),
              }),
            ),
          }),
          { remoteAddress: '10.0.0.1' },
        );
      const first = await Promise.all(Array.from({ length: 60 }, (_, i) => post(i)));
      await Promise.all(handlers.map((h) => h.signTreeHeads()));
      const second = await Promise.all(Array.from({ length: 60 }, (_, i) => post(i + 60)));
      await Promise.all(handlers.map((h) => h.signTreeHeads()));
      const all = [...first, ...second];
      expect(all.every((r) => r.status === 201)).toBe(true);
      const idx = (await Promise.all(all.map(async (r) => ((await r.json()) as { index: number }).index))).sort(
        (a, b) => a - b,
      );
      expect(idx).toEqual([...Array(120).keys()]);
      const res = await verifyLog(stores[0]!, key.publicKey);
      expect(res.problems).toEqual([]);
      expect(res.records).toBe(120);
      expect(res.treeHeads).toBeGreaterThanOrEqual(2);
      // Receipts from either server (each holds the tree head it signed last) verify.
      const pem = key.publicKey.export({ type: 'spki', format: 'pem' }).toString();
      for (const i of [0, 59, 60, 119]) {
        for (const h of handlers) {
          const res = await h(new Request(`http://x/v1/proofs/${consents[i]}`, { headers: { origin: site } }));
          expect(res.status).toBe(200);
          const receipt = (await res.json()) as Receipt;
          expect(receipt.entries.map((e) => e.record.consentId)).toEqual([consents[i]]);
          expect(verifyReceipt(receipt, pem)).toEqual({ valid: true, problems: [] });
        }
      }
    } finally {
      await Promise.all(handlers.map((h) => h.close()));
      await Promise.all(stores.map((s) => s.close()));
      await drop();
    }
  });
});
