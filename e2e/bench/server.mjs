/**
 * Serves the benchmark pages on loopback: `/<tool>` is the shop page with that tool
 * (`/<tool>/many` the page with many gated elements), and
 * `/t/<tool>/…` the tool's own files (from node_modules, or packages/sdk/dist for
 * cookiegate). Everything is sent uncompressed and uncacheable, so that every visit
 * requests what the tool needs (bytes are measured from the files, not the wire).
 */
import { createServer } from 'node:http';
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.map': 'application/json',
};

/** Starts the server for `tools`; resolves to { origin, close() }. */
export function serve(tools) {
  const byName = new Map(tools.map((t) => [t.name, t]));
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    const send = (status, type, body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const m = /^\/t\/([\w-]+)\/(.+)$/.exec(url.pathname);
    if (m && byName.has(m[1])) {
      const root = byName.get(m[1]).dir;
      const file = normalize(join(root, decodeURIComponent(m[2])));
      if (!file.startsWith(root + sep)) return send(403, 'text/plain', 'forbidden');
      try {
        if (!statSync(file).isFile()) throw new Error();
        return send(200, TYPES[extname(file)] || 'application/octet-stream', readFileSync(file));
      } catch {
        return send(404, 'text/plain', 'not found');
      }
    }
    if (url.pathname === '/blank') return send(200, 'text/html; charset=utf-8', '<!doctype html><title>blank</title>');
    const [, name, variant] = /^\/([\w-]+)(?:\/(many))?$/.exec(url.pathname) || [];
    const tool = byName.get(name);
    if (tool && (!variant || tool.many)) return send(200, 'text/html; charset=utf-8', variant ? tool.many : tool.page);
    return send(404, 'text/plain', 'not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
