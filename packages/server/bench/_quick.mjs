import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
const url = process.argv[2];
const tmpl = { action: 'accept_all', surface: 'banner', decisions: { necessary: true, analytics: true, marketing: false, functional: true }, revision: 3, shownHash: 'e'.repeat(64), locale: 'sv-SE', sdkVersion: '0.1.0', gpc: false, page: 'https://shop.example/products/tea', clientTime: '2026-11-22T10:00:00.000Z' };
const r = await autocannon({ url: url + '/v1/proofs', connections: Number(process.argv[3] ?? 50), duration: Number(process.argv[4] ?? 5),
  requests: [{ method: 'POST', headers: { origin: 'https://shop.example', 'content-type': 'application/json' }, setupRequest: (req) => ({ ...req, body: JSON.stringify({ consentId: randomUUID(), ...tmpl }) }) }] });
console.log(r.requests.average, r.latency.p50, r.latency.p99, r.non2xx, r.errors, JSON.stringify(r.statusCodeStats));
