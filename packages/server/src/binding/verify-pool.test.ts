import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { chainKeyText, signedBytes, type ChainKeyJwk } from './chain-key.js';
import { VerifyPool } from './verify-pool.js';

function job(i: number) {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const key = chainKeyText(publicKey.export({ format: 'jwk' }) as ChainKeyJwk);
  const message = signedBytes({ consentId: `c${i}` });
  const sig = sign('sha256', message, { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
  return { key, message, sig };
}

describe('VerifyPool', () => {
  const good = Array.from({ length: 12 }, (_, i) => job(i));
  // Another record's signature, a key that is no P-256 point, a message that was not signed.
  const cases = [
    ...good.map((j) => [j, 'ok'] as const),
    [{ ...good[0]!, sig: good[1]!.sig }, 'bad-sig'],
    [{ ...good[0]!, key: `${'A'.repeat(43)}.${'A'.repeat(43)}` }, 'bad-key'],
    [{ ...good[2]!, message: signedBytes({ consentId: 'c3' }) }, 'bad-sig'],
  ] as const;

  it.each([0, 1, 2])(
    'answers every check alike with %i worker(s), in one batch and again from its key cache',
    async (workers) => {
      const pool = new VerifyPool({ workers });
      try {
        for (let round = 0; round < 2; round++)
          expect(await Promise.all(cases.map(([j]) => pool.check(j)))).toEqual(cases.map(([, r]) => r));
      } finally {
        await pool.close();
      }
    },
  );

  it('answers the checks asked for before close (a shutdown lets requests finish), then refuses', async () => {
    const pool = new VerifyPool({ workers: 1 });
    await pool.check(good[0]!);
    const sent = pool.check(good[1]!); // in flight
    await new Promise((r) => setImmediate(r));
    const queued = pool.check(good[2]!); // not yet sent
    await pool.close();
    expect(await Promise.all([sent, queued])).toEqual(['ok', 'ok']);
    await expect(pool.check(good[0]!)).rejects.toThrow(/closed/);
  });
});
