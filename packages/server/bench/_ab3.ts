import Database from 'better-sqlite3';
import { rmSync, mkdirSync } from 'node:fs';
import { randomUUID, randomBytes } from 'node:crypto';
rmSync('/tmp/ab3', { recursive: true, force: true }); mkdirSync('/tmp/ab3');
const body = 'x'.repeat(700);
const variants: Record<string, { pragmas: string[]; index: boolean; bodyLen: number }> = {
  base: { pragmas: [], index: true, bodyLen: 700 },
  noindex: { pragmas: [], index: false, bodyLen: 700 },
  smallbody: { pragmas: [], index: true, bodyLen: 50 },
  cache64m: { pragmas: ['cache_size = -65536'], index: true, bodyLen: 700 },
  memjournal: { pragmas: ['journal_mode = MEMORY'], index: true, bodyLen: 700 },
  page16k: { pragmas: ['page_size = 16384'], index: true, bodyLen: 700 },
};
for (const [name, v] of Object.entries(variants)) {
  const db = new Database(`/tmp/ab3/${name}.db`);
  for (const p of v.pragmas.filter(p => p.startsWith('page_size'))) db.pragma(p);
  db.pragma('journal_mode = WAL'); db.pragma('synchronous = FULL');
  for (const p of v.pragmas.filter(p => !p.startsWith('page_size'))) db.pragma(p);
  db.exec(`CREATE TABLE records (site_id INTEGER NOT NULL, idx INTEGER NOT NULL, id TEXT NOT NULL, consent_id TEXT, server_time INTEGER NOT NULL, leaf_hash BLOB NOT NULL, body TEXT, PRIMARY KEY (site_id, idx));`);
  if (v.index) db.exec('CREATE INDEX rc ON records (consent_id, site_id, idx) WHERE consent_id IS NOT NULL;');
  const ins = db.prepare('INSERT INTO records VALUES (?,?,?,?,?,?,?)');
  const b = body.slice(0, v.bodyLen);
  const rows = Array.from({ length: 1000 }, () => [randomUUID(), randomUUID(), randomBytes(32)] as const);
  const tx = db.transaction((from: number) => { for (let i = from; i < from + 100; i++) { const r = rows[i % 1000]!; ins.run(1, i, r[0], r[1], 1, r[2], b); } });
  let t = performance.now(); let n = 0;
  while (performance.now() - t < 1000) { tx(n); n += 100; }
  console.log(name, Math.round(n / ((performance.now() - t) / 1000)), 'rows/s');
}
