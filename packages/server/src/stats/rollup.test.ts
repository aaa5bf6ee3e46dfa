import { describe, expect, it } from 'vitest';
import { countRecord, decisionBucket, RollupBatch, type CountedRecord } from './rollup.js';

const record = (fields: Partial<CountedRecord> = {}): CountedRecord => ({
  schema: 'cookiegate-proof/1',
  serverTime: '2026-12-07T10:00:00.000Z',
  action: 'custom',
  surface: 'preferences',
  locale: 'sv',
  page: 'https://shop.example/cart',
  decisions: { analytics: true, ads: false },
  revision: 3,
  gpc: false,
  ...fields,
});
const counts = (r: CountedRecord) => {
  const out: string[] = [];
  countRecord(r, (dim, a, b) => out.push([dim, a, b].filter(Boolean).join(' ')));
  return out.sort();
};

describe('rollup counts of a record', () => {
  it('counts action, surface, locale, page, revision and purposes', () => {
    expect(counts(record())).toEqual(
      [
        'action custom',
        'surface preferences custom',
        'locale sv custom',
        'page https://shop.example/cart custom',
        'revision 3 custom',
        'purpose analytics granted',
        'purpose ads denied',
      ].sort(),
    );
  });
  it('counts purposes only for deciding actions, GPC from either signal, variant and time to decision when present', () => {
    const c = counts(record({ action: 'withdraw', secGpc: true, gpcApplied: true, variant: 'b', decisionMs: 1500 }));
    expect(c.filter((x) => x.startsWith('purpose'))).toEqual([]);
    expect(c).toEqual(expect.arrayContaining(['gpc', 'gpcApplied', 'variant b withdraw', 'decisionMs 2000']));
    expect(counts(record({ gpc: true }))).toContain('gpc');
    const odd = counts(record({ variant: 'Bad!', decisionMs: 1.5 }));
    expect(odd.some((x) => x.startsWith('variant') || x.startsWith('decisionMs'))).toBe(false);
    expect(counts({ ...record(), schema: 'cookiegate-event/1' })).toEqual([]);
  });
  it('buckets times to decision by upper bound, the last open', () => {
    expect([0, 500, 501, 299_999, 300_000, 300_001].map(decisionBucket)).toEqual([
      '500',
      '500',
      '1000',
      '300000',
      '300000',
      'inf',
    ]);
  });
  it('sums a batch per scope, day and key, dropping what cancels out', () => {
    const batch = new RollupBatch();
    batch.add(1, record());
    batch.add(1, record({ serverTime: '2026-12-07T23:00:00.000Z' }));
    batch.add(2, record());
    batch.add(2, record(), -1);
    const rows = batch.rows();
    expect(rows.every(([scope]) => scope === '1')).toBe(true);
    expect(rows.find(([, r]) => r.dim === 'action')).toEqual([
      '1',
      { span: 1, day: 20794, dim: 'action', a: 'custom', b: '', n: 2 },
    ]);
    expect(batch.records).toBe(4);
  });
});
