// Baseline: a bare node:http server that reads the body and answers 201 without storing anything.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';

let n = 0;
const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = JSON.stringify({ id: randomUUID(), index: n++, leafHash: '0'.repeat(64) });
    res.writeHead(201, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(`listening ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
