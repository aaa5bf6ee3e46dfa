/**
 * Limits on connections for the node:http server: request, header, idle and keep-alive
 * timeouts, a cap on connections overall and per client IP prefix, and a shutdown that
 * ends within a bounded time.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { ipPrefix } from '../http/ip.js';

/** Connection limits (all times in ms). */
export interface ConnectionLimits {
  /** Time to receive a whole request, headers and body (default 10 000); Node closes a connection that sends nothing after it too. */
  requestTimeoutMs?: number;
  /** Time to receive the request headers (default: the request timeout, never more). */
  headersTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open (default 5 000). */
  keepAliveTimeoutMs?: number;
  /** Open connections at most (default 1 000); more are dropped at once. */
  maxConnections?: number;
  /** Open connections per client IP prefix (/24, /48) at most (default 100; 0 = no cap). */
  maxConnectionsPerIp?: number;
}

/** Defaults of {@link ConnectionLimits}. */
export const CONNECTION_DEFAULTS = {
  requestTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
  maxConnectionsPerIp: 100,
} as const;

/**
 * Options for `http.createServer` from the limits: Node checks request and header
 * timeouts every `connectionsCheckingInterval` (30 s by default, too coarse for a 10 s limit).
 * @example createServer(serverTimeouts({ requestTimeoutMs: 10_000 }), listener)
 */
export function serverTimeouts(limits: ConnectionLimits): {
  requestTimeout: number;
  headersTimeout: number;
  keepAliveTimeout: number;
  connectionsCheckingInterval: number;
} {
  const requestTimeout = limits.requestTimeoutMs ?? CONNECTION_DEFAULTS.requestTimeoutMs;
  const headersTimeout = Math.min(limits.headersTimeoutMs ?? requestTimeout, requestTimeout);
  return {
    requestTimeout,
    headersTimeout,
    keepAliveTimeout: limits.keepAliveTimeoutMs ?? CONNECTION_DEFAULTS.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.max(25, Math.min(1_000, Math.floor(headersTimeout / 4))),
  };
}

/**
 * Caps connections on `server`: overall, and per IP prefix except for trusted proxies.
 * @example
 * const server = createServer(serverTimeouts(limits), listener);
 * limitConnections(server, limits, (addr) => trust.isProxy(addr));
 */
export function limitConnections(
  server: Server,
  limits: ConnectionLimits,
  isProxy: (address: string | undefined) => boolean,
): void {
  server.maxConnections = limits.maxConnections ?? CONNECTION_DEFAULTS.maxConnections;
  const cap = limits.maxConnectionsPerIp ?? CONNECTION_DEFAULTS.maxConnectionsPerIp;
  if (!cap) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (isProxy(address)) return;
    const key = (address && ipPrefix(address)) ?? 'unknown';
    const n = (open.get(key) ?? 0) + 1;
    if (n > cap) return void socket.destroy();
    open.set(key, n);
    socket.once('close', () => {
      const left = open.get(key)! - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
}

/**
 * Stops accepting, lets requests in progress finish for up to `graceMs` (closing connections
 * as they go idle), runs `flush` (so proofs already accepted are committed and answered),
 * then destroys the connections left: a shutdown never waits on a slow client.
 * @example await drain(server, 10_000, () => handler.close());
 */
export async function drain(server: Server, graceMs: number, flush: () => Promise<void>): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([closed, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearInterval(idle);
  clearTimeout(timer);
  await flush();
  server.closeAllConnections();
  await closed;
}
