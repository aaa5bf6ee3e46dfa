/**
 * node:http glue (via @hono/node-server): a standalone server, or a request
 * listener to mount the handler inside an existing node:http server.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { KeyObject } from 'node:crypto';
import { getRequestListener, serve as honoServe } from '@hono/node-server';
import { createHandler, type HandlerOptions, type ProofHandler } from './handler.js';
import { DEFAULT_DB, openStore } from './open-store.js';
import type { ProofStore } from './stores/types.js';
import { loadSigningKey } from './tree-head.js';

/**
 * A node:http request listener for a handler (pass the socket address through).
 * @example
 * const listener = createRequestListener(handler);
 * http.createServer((req, res) => req.url?.startsWith('/v1/') || req.url === '/healthz' ? listener(req, res) : serveStatic(req, res));
 */
export function createRequestListener(handler: ProofHandler): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  return getRequestListener((request, env) => handler(request, env as { incoming: IncomingMessage }));
}

/** Options of {@link serve}. */
export interface ServeOptions extends Partial<Omit<HandlerOptions, 'store' | 'signingKey'>> {
  /** Port (default 8787; 0 picks a free one). */
  port?: number;
  /** Interface to bind (default: all). */
  host?: string;
  /** `sqlite:./data/proofs.db` (default) or `postgres://…`; ignored when `store` is given. */
  db?: string;
  store?: ProofStore;
  /** Ed25519 key; default: COOKIEGATE_SIGNING_KEY(_FILE) or `<dataDir>/signing-key.pem`, created on first start. */
  signingKey?: KeyObject;
  /** Folder for the generated signing key (default ./data). */
  dataDir?: string;
  /** Close gracefully on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
}

/** A running server. */
export interface RunningServer {
  port: number;
  url: string;
  server: Server;
  handler: ProofHandler;
  store: ProofStore;
  /** Stops accepting, commits queued proofs, closes the store. */
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
  const store = options.store ?? (await openStore(options.db ?? DEFAULT_DB));
  const signingKey =
    options.signingKey ??
    loadSigningKey({
      pem: process.env.COOKIEGATE_SIGNING_KEY,
      file: process.env.COOKIEGATE_SIGNING_KEY_FILE ?? join(options.dataDir ?? './data', 'signing-key.pem'),
      create: true,
    });
  const handler = createHandler({ ...options, origins: options.origins ?? [], store, signingKey });
  await store.init();
  const server = await new Promise<Server>((resolve, reject) => {
    const s = honoServe(
      {
        fetch: (request, env) => handler(request, env as { incoming: IncomingMessage }),
        port: options.port ?? 8787,
        ...(options.host ? { hostname: options.host } : {}),
      },
      () => resolve(s as Server),
    ) as Server;
    s.once('error', reject);
  });
  const port = (server.address() as AddressInfo).port;
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await handler.close();
      if (!options.store) await store.close();
    })());
  if (options.handleSignals ?? true) {
    const onSignal = () => {
      void close().then(() => process.exit(0), () => process.exit(1));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { port, url: `http://${options.host ?? 'localhost'}:${port}`, server, handler, store, close };
}
