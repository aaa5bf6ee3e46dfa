import { describe, expect, it } from 'vitest';
import { GroupCommitter } from './group-commit.js';
import type { PendingRecord } from '../log/record.js';
import type { AppendResult, ProofStore } from '../stores/types.js';

function fakeStore(fail = false) {
  const batches: number[] = [];
  let next = 0;
  let committed = 0;
  const store = {
    async append(records: PendingRecord[]): Promise<AppendResult[]> {
      await new Promise((r) => setTimeout(r, 5));
      if (fail) throw new Error('disk full');
      batches.push(records.length);
      committed += records.length;
      return records.map((r) => ({ id: r.id, site: r.site, index: next++, leafHash: '' }));
    },
  } as unknown as ProofStore;
  return { store, batches, committed: () => committed };
}
const rec = (i: number) => ({ id: String(i), site: 's' }) as PendingRecord;

describe('GroupCommitter', () => {
  it('batches concurrent submissions and resolves only after the commit', async () => {
    const f = fakeStore();
    const gc = new GroupCommitter(f.store, { maxDelayMs: 2, maxBatch: 50 });
    const results = await Promise.all(
      Array.from({ length: 120 }, (_, i) =>
        gc.submit(rec(i)).then((r) => {
          const { index } = r as AppendResult;
          expect(f.committed()).toBeGreaterThan(index);
          return index;
        }),
      ),
    );
    expect(results.sort((a, b) => a - b)).toEqual([...Array(120).keys()]);
    expect(f.batches.length).toBeLessThan(10);
    expect(Math.max(...f.batches)).toBeLessThanOrEqual(50);
  });

  it('rejects every proof of a failed transaction', async () => {
    const gc = new GroupCommitter(fakeStore(true).store);
    const out = await Promise.allSettled([gc.submit(rec(1)), gc.submit(rec(2))]);
    expect(out.map((o) => o.status)).toEqual(['rejected', 'rejected']);
  });

  it('flush waits for queued proofs', async () => {
    const f = fakeStore();
    const gc = new GroupCommitter(f.store, { maxDelayMs: 50 });
    void gc.submit(rec(1));
    void gc.submit(rec(2));
    await gc.flush();
    expect(f.committed()).toBe(2);
  });
});
