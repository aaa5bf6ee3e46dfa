import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  consistencyProof,
  hashChildren,
  hashLeaf,
  nodeKey,
  rootAt,
  type NodeRef,
} from '../../../server/src/log/merkle';
import { gossip } from './gossip';

const SITE = 'https://shop.example';
const ID = '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d';

/** A log of the server's Merkle code, from its leaves. */
function log(records: string[]) {
  const leaves = records.map((r) => hashLeaf(r));
  const hashOf = ({ level, index }: NodeRef): Buffer =>
    level == 0
      ? leaves[index]!
      : hashChildren(
          hashOf({ level: level - 1, index: 2 * index }),
          hashOf({ level: level - 1, index: 2 * index + 1 }),
        );
  const read = (refs: NodeRef[]) => new Map(refs.map((r) => [nodeKey(r), hashOf(r)]));
  return {
    head: async (n: number) => ({
      site: SITE,
      treeSize: n,
      rootHash: (await rootAt(read, n)).toString('hex'),
      timestamp: 't',
      keyId: 'k',
      signature: 's',
    }),
    proof: (m: number, n: number) => consistencyProof(read, m, n),
  };
}
const records = Array.from({ length: 40 }, (_, i) => `{"i":${i}}`);
const honest = log(records);
// The operator rewrote record 3 and rebuilt the tree.
const rewritten = log(records.map((r, i) => (i == 3 ? '{"i":"x"}' : r)));

/** A proof server answering /v1/consistency from a log (or with a status). */
function serve(l: ReturnType<typeof log> | number) {
  const f = vi.fn(async (url: URL) => {
    if (typeof l == 'number') return new Response('{"error":"no"}', { status: l });
    const q = url.searchParams;
    return Response.json({ proof: await l.proof(+q.get('from')!, +q.get('to')!) });
  });
  vi.stubGlobal('fetch', f);
  return f;
}

beforeEach(() => localStorage.clear());

describe('gossip', () => {
  it('keeps the newest head and checks a later one with the consistency proof', async () => {
    serve(honest);
    expect(await gossip('/v1/proofs', ID, [await honest.head(7)])).toEqual({ status: 'first' });
    const f = serve(honest);
    expect(await gossip('/v1/proofs', ID, [await honest.head(30)])).toEqual({ status: 'consistent' });
    expect(String(f.mock.calls[0]![0])).toBe(
      `${location.origin}/v1/consistency?site=${encodeURIComponent(SITE)}&from=7&to=30`,
    );
    // An older head than the one kept is checked the other way round.
    expect(await gossip('/v1/proofs/', ID, [await honest.head(20)])).toEqual({ status: 'consistent' });
    expect(JSON.parse(localStorage.getItem('cookiegate:heads')!).heads[SITE].treeSize).toBe(30);
  });

  it('says when the log is not consistent with the head seen before, and keeps that head', async () => {
    serve(honest);
    const seen = await honest.head(10);
    await gossip('/v1/proofs', ID, [seen]);
    // A rewrite after the head was seen: a larger head, a smaller one, one of the same size.
    serve(rewritten);
    for (const n of [40, 8, 10]) {
      const c = await gossip('/v1/proofs', ID, [await rewritten.head(n)]);
      expect(c, `size ${n}`).toMatchObject({ status: 'inconsistent', seen: { treeSize: 10, rootHash: seen.rootHash } });
      expect(c.reason).toMatch(n == 10 ? /two different roots for size 10/ : /does not check out/);
    }
    // Truncated: the log cannot prove the size it once signed.
    serve(400);
    expect(await gossip('/v1/proofs', ID, [await honest.head(40)])).toMatchObject({
      status: 'inconsistent',
      reason: /cannot prove size 10 is part of size 40: 400 no/,
    });
    expect(JSON.parse(localStorage.getItem('cookiegate:heads')!).heads[SITE].rootHash).toBe(seen.rootHash);
  });

  it('leaves it unchecked where no proof is to be had, and starts again for another consent id', async () => {
    serve(honest);
    await gossip('/v1/proofs', ID, [await honest.head(10)]);
    serve(404);
    expect(await gossip('/v1/proofs', ID, [await honest.head(40)])).toMatchObject({ status: 'unchecked' });
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('offline')));
    expect(await gossip('/v1/proofs', ID, [await honest.head(40)])).toMatchObject({ status: 'unchecked' });
    expect(await gossip('/v1/proofs', 'another', [await rewritten.head(40)])).toEqual({ status: 'first' });
  });
});
