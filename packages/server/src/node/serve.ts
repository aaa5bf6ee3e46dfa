/**
 * node:http glue (via @hono/node-server): a standalone server, or a request
 * listener to mount the handler inside an existing node:http server.
 * `POST /v1/proofs`, the hot path, skips the web Request/Response objects: node:http
 * hands it straight to `handler.submitProof`, the function the hono route calls too;
 * every other route goes through hono.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import { getRequestListener } from '@hono/node-server';
import { createHandler, type HandlerOptions, type ProofHandler } from '../http/handler.js';
import { TOO_LARGE, type ProofOutcome } from '../http/proof-route.js';
import { DEFAULT_DB, openStore } from './open-store.js';
import type { ProofStore } from '../stores/types.js';
import { drain, limitConnections, serverTimeouts, type ConnectionLimits } from './connections.js';
import { proxyTrust } from '../http/trust-proxy.js';
import { dashboardFiles } from './dashboard-files.js';
import { assertKeyApartFromDb, loadKeyring, publicKeyInfo, type Keyring } from '../keys/keyring.js';

/**
 * A node:http request listener for a handler (pass the socket address through).
 * @example
 * const listener = createRequestListener(handler);
 * http.createServer((req, res) => req.url?.startsWith('/v1/') || req.url === '/healthz' ? listener(req, res) : serveStatic(req, res));
 */
export function createRequestListener(
  handler: ProofHandler,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return listener(handler);
}

function listener(
  handler: ProofHandler,
  hostname?: string,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const viaHono = getRequestListener(
    (request, env) => handler(request, env as { incoming: IncomingMessage }),
    hostname ? { hostname } : {},
  );
  return (req, res) => {
    const url = req.url;
    if (req.method === 'POST' && (url === '/v1/proofs' || url?.startsWith('/v1/proofs?')))
      return postProof(handler, req, res).catch((err: unknown) => {
        console.error('[cookiegate-server]', err);
        if (!res.headersSent) send(res, { status: 500, body: { error: 'internal error' } });
        else res.destroy();
      });
    return viaHono(req, res);
  };
}

/** `POST /v1/proofs` from node:http to the handler's one implementation, and its answer back. */
async function postProof(handler: ProofHandler, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const h = req.headers;
  const out = await handler.submitProof({
    origin: h.origin,
    contentType: h['content-type'],
    declaredLength: h['transfer-encoding'] === undefined ? h['content-length'] : undefined,
    readBody: (max) => readBody(req, max),
    remoteAddress: req.socket.remoteAddress,
    forwardedFor: h['x-forwarded-for'] as string | undefined, // repeated headers arrive joined, as in Headers.get
    secGpc: h['sec-gpc'] as string | undefined,
    userAgent: h['user-agent'],
  });
  send(res, out);
}

/** The request body, TOO_LARGE past `max` bytes, undefined if the request failed. */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined | typeof TOO_LARGE> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (v: Buffer | undefined | typeof TOO_LARGE) => {
      if (settled) return;
      settled = true;
      req.off('end', onEnd).off('error', onFail).off('close', onClose);
      resolve(v);
    };
    const onEnd = () => settle(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    const onFail = () => settle(undefined);
    const onClose = () => (req.readableEnded ? onEnd() : settle(undefined));
    req.on('data', (chunk: Buffer) => {
      if (settled) return; // past the limit: the rest is read and dropped
      size += chunk.length;
      if (size > max) return settle(TOO_LARGE);
      chunks.push(chunk);
    });
    req.on('end', onEnd).on('error', onFail).on('close', onClose);
  });
}

/** A JSON response as the hono route sends it, CORS headers for an allowed origin. */
function send(res: ServerResponse, out: ProofOutcome): void {
  const text = JSON.stringify(out.body);
  const headers: Record<string, string | number> = { 'content-type': 'application/json' };
  if (out.retryAfter !== undefined) headers['retry-after'] = out.retryAfter;
  if (out.allowOrigin !== undefined) {
    headers['access-control-allow-origin'] = out.allowOrigin;
    headers.vary = 'Origin';
  }
  headers['content-length'] = Buffer.byteLength(text);
  res.writeHead(out.status, headers);
  res.end(text);
}

/** Options of {@link serve}. */
export interface ServeOptions extends Partial<Omit<HandlerOptions, 'store' | 'signingKey'>>, ConnectionLimits {
  /** Port (default 8787; 0 picks a free one). */
  port?: number;
  /** Interface to bind (default: all). */
  host?: string;
  /** `sqlite:./data/proofs.db` (default) or `postgres://…`; ignored when `store` is given. */
  db?: string;
  store?: ProofStore;
  /** Ed25519 key; default: COOKIEGATE_SIGNING_KEY(_FILE) or `<keyDir>/signing-key.pem`, created on first start. */
  signingKey?: KeyObject;
  /** Folder of the signing key and `public-keys.json` (default ./keys; never the database's folder unless `allowKeyBesideDb`). */
  keyDir?: string;
  /** @deprecated the former name of `keyDir`. */
  dataDir?: string;
  /** Accept a signing key file in the SQLite database's folder. */
  allowKeyBesideDb?: boolean;
  /** Close gracefully on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
  /** On close, how long requests in progress may finish before their connections are destroyed (default 10 000 ms). */
  shutdownTimeoutMs?: number;
}

/**
 * The signing keys `serve` uses: COOKIEGATE_SIGNING_KEY (PEM), else the key file
 * (COOKIEGATE_SIGNING_KEY_FILE or `<keyDir>/signing-key.pem`), which must not sit beside the database.
 * @example const { signingKey, publicKeys } = serverKeyring({ keyDir: '/etc/cookiegate', db: 'sqlite:/var/lib/cookiegate/proofs.db' });
 */
export function serverKeyring(
  options: Pick<ServeOptions, 'keyDir' | 'dataDir' | 'db' | 'store' | 'allowKeyBesideDb'> & { keyFile?: string },
): Keyring {
  const pem = process.env.COOKIEGATE_SIGNING_KEY;
  if (pem) {
    const signingKey = createPrivateKey(pem);
    return { signingKey, publicKeys: [publicKeyInfo(signingKey, null, null)] };
  }
  const file =
    options.keyFile ??
    (process.env.COOKIEGATE_SIGNING_KEY_FILE || join(options.keyDir ?? options.dataDir ?? './keys', 'signing-key.pem'));
  if (!options.store) assertKeyApartFromDb(file, options.db ?? DEFAULT_DB, options.allowKeyBesideDb ?? false);
  return loadKeyring(file, { create: true });
}

/** A running server. */
export interface RunningServer {
  port: number;
  url: string;
  server: Server;
  handler: ProofHandler;
  store: ProofStore;
  /** Stops accepting, lets requests in progress finish within the shutdown timeout (new proofs meanwhile: 503), commits queued proofs, destroys what is left, closes the store. */
  close(): Promise<void>;
}

/**
 * Starts the proof server.
 * @example
 * const srv = await serve({ port: 8787, origins: ['https://shop.example'] });
 * // … later
 * await srv.close();
 */
export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const ring: Keyring = options.signingKey
    ? {
        signingKey: options.signingKey,
        publicKeys: options.publicKeys ?? [publicKeyInfo(options.signingKey, null, null)],
      }
    : serverKeyring(options);
  const store = options.store ?? (await openStore(options.db ?? DEFAULT_DB));
  const handler = createHandler({
    dashboard: dashboardFiles(),
    ...options,
    origins: options.origins ?? [],
    store,
    ...ring,
  });
  await store.init();
  const server = await new Promise<Server>((resolve, reject) => {
    const s = createServer(serverTimeouts(options), listener(handler, options.host));
    limitConnections(s, options, proxyTrust(options.trustProxy).isProxy);
    s.once('error', reject);
    s.listen(options.port ?? 8787, options.host, () => resolve(s));
  });
  const port = (server.address() as AddressInfo).port;
  const graceMs = options.shutdownTimeoutMs ?? 10_000;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      // The handler stops taking proofs now and lets those in progress finish (signature checks,
      // commits) within the same grace as the connections; then what is left is destroyed.
      const handlerClosed = handler.close(graceMs);
      await drain(server, graceMs, () => handlerClosed);
      await handler.close(1_000); // a proof from a request that ended while connections were destroyed
      if (!options.store) await store.close();
    })());
  if (options.handleSignals ?? true) {
    const onSignal = () => {
      // Backstop: a store that hangs on close must not keep the process alive.
      setTimeout(() => process.exit(1), graceMs + 10_000).unref();
      void close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { port, url: `http://${options.host ?? 'localhost'}:${port}`, server, handler, store, close };
}
