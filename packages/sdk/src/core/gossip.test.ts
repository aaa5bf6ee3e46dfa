import { generateKeyPairSync, sign } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  consistencyProof,
  hashChildren,
  hashLeaf,
  nodeKey,
  rootAt,
  type NodeRef,
} from '../../../server/src/log/merkle';
import { keyIdOf, treeHeadMessage } from '../../../server/src/log/tree-head';
import { gossip } from './gossip';

const SITE = 'https://shop.example';
const ID = '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d';

/** The log's Ed25519 key, as the server's /v1/public-keys lists it. */
const logKey = generateKeyPairSync('ed25519');
const KEYS = [
  { keyId: keyIdOf(logKey.publicKey), publicKeyPem: logKey.publicKey.export({ type: 'spki', format: 'pem' }) + '' },
];

/** A log of the server's Merkle code, from its leaves, its heads signed as the server signs them. */
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
    head: async (n: number) => {
      const h = { site: SITE, treeSize: n, rootHash: (await rootAt(read, n)).toString('hex'), timestamp: 't' };
      return {
        ...h,
        keyId: KEYS[0]!.keyId,
        signature: sign(null, treeHeadMessage(h), logKey.privateKey).toString('base64'),
      };
    },
    proof: (m: number, n: number) => consistencyProof(read, m, n),
  };
}
const records = Array.from({ length: 40 }, (_, i) => `{"i":${i}}`);
const honest = log(records);
// The operator rewrote record 3 and rebuilt the tree.
const rewritten = log(records.map((r, i) => (i == 3 ? '{"i":"x"}' : r)));

/** A proof server answering /v1/public-keys with `keys` and /v1/consistency from a log (or with a status). */
function serve(l: ReturnType<typeof log> | number, keys: unknown = KEYS) {
  const f = vi.fn(async (url: URL) => {
    if (url.pathname == '/v1/public-keys')
      return typeof keys == 'number' ? new Response('{}', { status: keys }) : Response.json({ keys });
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
    expect(f.mock.calls.map(([u]) => String(u))).toEqual([
      `${location.origin}/v1/public-keys`,
      `${location.origin}/v1/consistency?site=${encodeURIComponent(SITE)}&from=7&to=30`,
    ]);
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
    serve(rewritten);
    expect(await gossip('/v1/proofs', 'another', [await rewritten.head(40)])).toEqual({ status: 'first' });
  });

  it('keeps only a head signed by the log key it names, and says why another is refused', async () => {
    serve(honest);
    const good = await honest.head(10);
    await gossip('/v1/proofs', ID, [good]);
    const kept = () => JSON.parse(localStorage.getItem('cookiegate:heads')!).heads[SITE];
    // A head altered on its way (or made up): its signature does not verify.
    const forged = { ...(await honest.head(20)), treeSize: 21 };
    expect(await gossip('/v1/proofs', ID, [forged])).toMatchObject({
      status: 'inconsistent',
      reason: `the signature of the tree head of size 21 does not verify under ${good.keyId}`,
    });
    expect(kept().treeSize).toBe(10);
    // Signed by a key the log does not list, or listed under the id of another key.
    const other = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }) + '';
    serve(honest, []);
    expect((await gossip('/v1/proofs', ID, [await honest.head(30)])).reason).toBe(
      `the log lists no key ${good.keyId} for the tree head of size 30`,
    );
    serve(honest, [{ keyId: good.keyId, publicKeyPem: other }]);
    expect((await gossip('/v1/proofs', ID, [await honest.head(30)])).reason).toBe(
      `the key the log gives for ${good.keyId} is another key`,
    );
    // No keys to be had: unchecked, and the head is not kept.
    serve(honest, 404);
    expect(await gossip('/v1/proofs', ID, [await honest.head(30)])).toEqual({
      status: 'unchecked',
      reason: 'no public keys to check the tree head with: 404',
    });
    expect(kept().treeSize).toBe(10);
    // A head signed with the log's key goes on to the consistency check.
    serve(honest);
    expect(await gossip('/v1/proofs', ID, [await honest.head(30)])).toEqual({ status: 'consistent' });
    expect(kept().treeSize).toBe(30);
  });

  it('takes no head on a fresh consent id without a valid signature', async () => {
    serve(honest);
    const forged = { ...(await honest.head(10)), rootHash: (await rewritten.head(10)).rootHash };
    expect(await gossip('/v1/proofs', ID, [forged])).toMatchObject({
      status: 'inconsistent',
      reason: /does not verify/,
    });
    expect(JSON.parse(localStorage.getItem('cookiegate:heads')!).heads).toEqual({});
  });
});
