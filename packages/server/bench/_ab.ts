import { SqliteStore } from '/work/main/packages/server/src/stores/sqlite.ts';
import { makePending } from '/work/main/packages/server/src/stores/contract.ts';
import { rmSync } from 'node:fs';
rmSync('/tmp/ab', { recursive: true, force: true });
for (const sync of ['FULL', 'NORMAL'] as const) {
  const store = new SqliteStore({ path: `/tmp/ab/${sync}.db`, synchronous: sync });
  await store.init();
  for (const bs of [1, 10, 50, 200]) {
    const t = performance.now(); let n = 0;
    while (performance.now() - t < 1000) { await store.append(Array.from({ length: bs }, () => makePending('https://shop.example'))); n += bs; }
    console.log(sync, 'batch', bs, Math.round(n / ((performance.now() - t) / 1000)), 'rec/s');
  }
  await store.close();
}
