import Database from 'better-sqlite3';
import { rmSync, mkdirSync } from 'node:fs';
import { makePending } from '../src/stores/contract.js';
import { sealRecord, jcs } from '../src/record.js';
rmSync('/tmp/ab2', { recursive: true, force: true }); mkdirSync('/tmp/ab2');
const recs = Array.from({ length: 20000 }, () => makePending('https://shop.example'));
let t = performance.now();
const sealed = recs.map((r, i) => sealRecord(r, i, null));
console.log('seal us/rec', ((performance.now() - t) * 1000 / recs.length).toFixed(1));
t = performance.now();
for (const r of recs) JSON.stringify(r);
console.log('JSON.stringify us/rec', ((performance.now() - t) * 1000 / recs.length).toFixed(1));
for (const sync of ['FULL', 'NORMAL', 'OFF']) {
  const db = new Database(`/tmp/ab2/${sync}.db`);
  db.pragma('journal_mode = WAL'); db.pragma(`synchronous = ${sync}`);
  db.exec(`CREATE TABLE records (site_id INTEGER NOT NULL, idx INTEGER NOT NULL, id TEXT NOT NULL, consent_id TEXT, server_time INTEGER NOT NULL, leaf_hash BLOB NOT NULL, body TEXT, PRIMARY KEY (site_id, idx));
  CREATE INDEX rc ON records (consent_id, site_id, idx) WHERE consent_id IS NOT NULL;`);
  const ins = db.prepare('INSERT INTO records VALUES (?,?,?,?,?,?,?)');
  for (const bs of [1, 50, 500]) {
    const tx = db.transaction((from: number) => { for (let i = from; i < from + bs; i++) { const s = sealed[i % sealed.length]!; ins.run(1, i + bs * 1e6, s.record.id, s.record.consentId, 1, s.leafHash, s.body); } });
    t = performance.now(); let n = 0;
    while (performance.now() - t < 700) { tx(n); n += bs; }
    console.log(sync, bs, Math.round(n / ((performance.now() - t) / 1000)), 'rows/s');
  }
}
