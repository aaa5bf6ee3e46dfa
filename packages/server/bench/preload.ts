/**
 * Fills a proof log (SQLite file or any ProofStore) with N records through the
 * real store (same sealing, tree nodes and indexes as the server), in large transactions.
 * Usage: node --import tsx bench/preload.ts <db file> <count> [site]
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { PendingRecord } from '../src/log/record.js';
import { SqliteStore } from '../src/stores/sqlite/sqlite.js';
import type { ProofStore } from '../src/stores/types.js';

/**
 * The proof every bench body and preloaded record carries (a custom choice of the seed's six
 * services): one definition for the HTTP load and the 1M-record logs.
 * @example const body = { consentId, ...benchProof('https://shop.example', new Date().toISOString()) };
 */
export const benchProof = (site: string, clientTime: string) => ({
  action: 'custom' as const,
  surface: 'preferences' as const,
  decisions: {
    necessary: true,
    analytics: true,
    marketing: false,
    functional: true,
    ga4: true,
    'google-ads': false,
    meta: false,
    smartlook: true,
    zendesk: true,
  },
  revision: 3,
  shownHash: 'e'.repeat(64),
  locale: 'sv-SE',
  sdkVersion: '0.1.0',
  gpc: false,
  page: `${site}/products/tea`,
  clientTime,
});

export function benchRecord(site: string, consentId = randomUUID()): PendingRecord {
  const now = new Date().toISOString();
  return {
    schema: 'cookiegate-proof/1',
    id: uuidv7(),
    site,
    serverTime: now,
    consentId,
    ...benchProof(site, now),
    secGpc: false,
    ipPrefix: '198.51.100.0/24',
    ipHmac: null,
    ipKeyId: null,
    uaFamily: 'Chrome 126 / Android / mobile',
    // A bound chain's first record: the store keeps its key (not checked here: the store compares key texts only).
    chainKey: {
      kty: 'EC',
      crv: 'P-256',
      x: randomBytes(32).toString('base64url'),
      y: randomBytes(32).toString('base64url'),
    },
    sig: randomBytes(64).toString('base64url'),
  };
}

/** Appends `count - size` bench records to `store` in large transactions (the same sealing and indexes as the server). */
export async function fill(
  store: ProofStore,
  count: number,
  site: string,
  onProgress?: (n: number) => void,
): Promise<void> {
  let done = (await store.head(site)).size;
  while (done < count) {
    const n = Math.min(5000, count - done);
    await store.append(Array.from({ length: n }, () => benchRecord(site)));
    done += n;
    onProgress?.(done);
  }
}

/** Fills (or tops up) a SQLite log at `path` to `count` records. */
export async function preload(
  path: string,
  count: number,
  site: string,
  onProgress?: (n: number) => void,
): Promise<void> {
  const store = new SqliteStore({ path, synchronous: 'NORMAL' });
  await store.init();
  await fill(store, count, site, onProgress);
  await store.close();
}

/** Consent ids of `n` records at random indexes of a site's log. */
export async function sampleConsentIds(store: ProofStore, site: string, n: number): Promise<string[]> {
  const { size } = await store.head(site);
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const [row] = await store.readRows(site, Math.floor(Math.random() * size), 1);
    if (row?.body) ids.push((JSON.parse(row.body) as { consentId: string }).consentId);
  }
  return ids;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, count, site] = process.argv.slice(2);
  const t = performance.now();
  await preload(path!, Number(count), site ?? 'https://shop.example', (n) => {
    if (n % 100_000 === 0) console.log(`${n} records, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  });
}
