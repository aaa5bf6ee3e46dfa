import canonicalize from 'canonicalize';
import { makePending } from '../src/stores/contract.js';
import { jcs, sealRecord } from '../src/record.js';
import { hashLeaf } from '../src/merkle.js';
const recs = Array.from({ length: 20000 }, () => ({ ...makePending('https://shop.example'), index: 5, prevId: null }));
for (let round = 0; round < 3; round++) {
  for (const [name, fn] of [['jcs', (r: any) => jcs(r)], ['canonicalize', (r: any) => canonicalize(r)], ['stringify', (r: any) => JSON.stringify(r)], ['hashLeaf', (r: any) => hashLeaf('x'.repeat(700))], ['seal', (r: any) => sealRecord(r, 1, null)]] as const) {
    const t = performance.now();
    for (const r of recs) fn(r);
    console.log(round, name, ((performance.now() - t) * 1000 / recs.length).toFixed(2), 'us');
  }
}
