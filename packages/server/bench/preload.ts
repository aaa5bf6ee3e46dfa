/**
 * Fills a SQLite proof log with N records through the real store (same
 * sealing, tree nodes and indexes as the server), in large transactions.
 * Usage: node --import tsx bench/preload.ts <db file> <count> [site]
 */
import { randomUUID } from 'node:crypto';
import { uuidv7 } from 'uuidv7';
import type { PendingRecord } from '../src/record.js';
import { SqliteStore } from '../src/stores/sqlite.js';

export function benchRecord(site: string, consentId = randomUUID()): PendingRecord {
  const now = new Date().toISOString();
  return {
    schema: 'cookiegate-proof/1', id: uuidv7(), site, serverTime: now, consentId,
    action: 'custom', surface: 'preferences',
    decisions: { necessary: true, analytics: true, marketing: false, functional: true, ga4: true, 'google-ads': false, meta: false, smartlook: true, zendesk: true },
    revision: 3, shownHash: 'e'.repeat(64), locale: 'sv-SE', sdkVersion: '0.1.0', gpc: false, secGpc: false,
    page: `${site}/products/tea`, clientTime: now, ipPrefix: '198.51.100.0/24', ipHmac: null, ipKeyId: null,
    uaFamily: 'Chrome 126 / Android / mobile',
  };
}

export async function preload(path: string, count: number, site: string, onProgress?: (n: number) => void): Promise<string[]> {
  const store = new SqliteStore({ path, synchronous: 'NORMAL' });
  await store.init();
  const sample: string[] = [];
  let done = (await store.head(site)).size;
  while (done < count) {
    const n = Math.min(5000, count - done);
    const batch = Array.from({ length: n }, () => benchRecord(site));
    await store.append(batch);
    sample.push(batch[0]!.consentId);
    done += n;
    onProgress?.(done);
  }
  await store.close();
  return sample;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [path, count, site] = process.argv.slice(2);
  const t = performance.now();
  await preload(path!, Number(count), site ?? 'https://shop.example', (n) => {
    if (n % 100_000 === 0) console.log(`${n} records, ${((performance.now() - t) / 1000).toFixed(1)} s`);
  });
}
