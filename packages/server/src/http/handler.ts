/**
 * The web-standard request handler: `(request: Request) => Promise<Response>`, built on hono.
 */
import { UUID } from '@cookiegate/protocol';
import { Hono, type Context } from 'hono';
import { adminRoutes } from './admin-routes.js';
import { ChainGuard } from '../binding/chain-guard.js';
import { NewChainQuota, type NewChainQuotaOptions } from '../binding/new-chain-quota.js';
import { publicKeyInfo, type PublicKeyInfo } from '../keys/keyring.js';
import { cosignatureRoutes } from './cosignature-routes.js';
import { dashboardRoutes, type AssetSource } from './dashboard-route.js';
import { GroupCommitter, type GroupCommitOptions } from '../ops/group-commit.js';
import type { IpHmacKey } from './ip.js';
import { consistencyProof } from '../log/merkle.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { buildReceipt } from '../ops/receipt.js';
import type { ProofStore } from '../stores/types.js';
import { TreeHeadSigner } from '../log/tree-head.js';
import { TreeHeadService } from '../ops/tree-head-service.js';
import { errorBody, proofRoute, readWebBody, type ProofOutcome, type ProofRequest } from './proof-route.js';
import { ipPrefix } from './ip.js';
import { proxyTrust, type TrustProxy } from './trust-proxy.js';
import { statsRoutes } from './stats-routes.js';
import { ImpressionCounter } from '../stats/impression-counter.js';
import { InFlight } from './in-flight.js';
import type { KeyObject } from 'node:crypto';

/** Options of {@link createHandler}. */
export interface HandlerOptions {
  /** Where records go. */
  store: ProofStore;
  /** Allowed origins (`https://shop.example`); a proof's site is its request Origin. */
  origins: string[];
  /** Ed25519 private key for tree heads (see `loadKeyring`). */
  signingKey: KeyObject;
  /** Every key that signed heads, with its validity, for `GET /v1/public-keys` (default: the signing key alone). */
  publicKeys?: PublicKeyInfo[];
  /** Ed25519 public keys of the witnesses whose cosignatures `POST /v1/cosignatures` takes. */
  witnessKeys?: KeyObject[];
  /** Bearer token for `/v1/admin/*`; admin routes are disabled without it. */
  adminToken?: string | undefined;
  /** Read-only bearer token for `GET /v1/stats` (the admin token works too), at least 32 characters. */
  statsToken?: string | undefined;
  /**
   * Read the client IP from X-Forwarded-For, trusting only the proxies named: n = n proxies in
   * front (the n-th entry from the right), or their addresses/CIDRs. Default false (the socket address).
   */
  trustProxy?: TrustProxy;
  /** HMAC keys for the full IP, current first. Empty: no HMAC. */
  ipHmacKeys?: IpHmacKey[];
  /** Store the IP prefix/HMAC at all (default true). */
  storeIp?: boolean;
  /** Maximum request body in bytes (default 16 KiB). */
  maxBodyBytes?: number;
  /** Maximum decision ids per proof (default 100). */
  maxDecisions?: number;
  /** Per-IP-prefix limit for POST /v1/proofs (default 60 at once, 10/s), or false to disable. */
  rateLimit?: RateLimitOptions | false;
  /** Per-IP-prefix limit for receipts and tree heads (default 60 at once, 10/s), or false to disable. */
  readRateLimit?: RateLimitOptions | false;
  /** Per-IP-prefix limit for failed admin-token attempts (default 5, then one per 100 s), or false to disable. */
  adminRateLimit?: RateLimitOptions | false;
  /** Limits on new consent chains (per site and day, per IP prefix and hour), or false to disable both. */
  newChains?: NewChainQuotaOptions | false;
  /** Retention used by the purge route when no date is given (default 1460 days ≈ 13 months + 3 years). */
  retentionDays?: number;
  /** Sign tree heads of grown logs at this interval (default 60 000 ms; 0 = only on demand). */
  treeHeadIntervalMs?: number;
  /** Also sign a site's head whenever its log grew this many records past the latest (default 1,000; 0 = off). */
  treeHeadEveryRecords?: number;
  /** Group-commit tuning. */
  groupCommit?: GroupCommitOptions;
  /** The statistics dashboard's built files, served at `GET /dashboard` (`dashboardFiles()` in node, `serve()`'s default); absent: no dashboard. */
  dashboard?: AssetSource;
  /** Threads that check chain signatures (default 1; 0 = in the request thread): binding/verify-pool.ts. */
  verifyWorkers?: number;
}

/** Connection facts the node glue passes as the second argument. */
export interface ConnectionInfo {
  remoteAddress?: string | undefined;
  /** Set by @hono/node-server. */
  incoming?: { socket?: { remoteAddress?: string | undefined } };
}

/** The handler plus lifecycle hooks. */
export interface ProofHandler {
  (request: Request, info?: ConnectionInfo): Promise<Response>;
  /**
   * `POST /v1/proofs` without web Request/Response objects: the one implementation of the
   * route. The hono route calls it, and so does the node:http glue (the hot path).
   */
  submitProof(request: ProofRequest): Promise<ProofOutcome>;
  /** Signs tree heads for every site now. */
  signTreeHeads(): Promise<void>;
  /**
   * Stops taking proofs (later ones: 503 with Retry-After), waits up to `timeoutMs` (default 10 000)
   * for those in progress (their signature checks and commits), then commits queued proofs and stops
   * timers and the signature-check threads (does not close the store).
   */
  close(timeoutMs?: number): Promise<void>;
}

/**
 * Creates the proof server's request handler.
 * @example
 * const store = new SqliteStore({ path: './data/proofs.db' });
 * const handler = createHandler({ store, origins: ['https://shop.example'], signingKey: loadSigningKey({ file: './data/signing-key.pem', create: true }) });
 * const res = await handler(new Request('http://localhost/healthz'));
 */
export function createHandler(options: HandlerOptions): ProofHandler {
  const { store } = options;
  if (options.statsToken !== undefined && options.statsToken.length < 32)
    throw new Error('the stats token must be at least 32 characters');
  const allowed = new Set(options.origins.map((o) => new URL(o).origin));
  const signer = new TreeHeadSigner(options.signingKey);
  const heads = new TreeHeadService(store, signer, options.treeHeadEveryRecords ?? 1000);
  const guard = new ChainGuard(store, { workers: options.verifyWorkers });
  const committer = new GroupCommitter(store, options.groupCommit);
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit);
  const readLimiter =
    options.readRateLimit === false
      ? undefined
      : new RateLimiter({ burst: 60, perSecond: 10, ...options.readRateLimit });
  const adminLimiter =
    options.adminRateLimit === false
      ? undefined
      : new RateLimiter({ burst: 5, perSecond: 0.01, ...options.adminRateLimit });
  const trust = proxyTrust(options.trustProxy);
  let ready: Promise<void> | undefined = store.init().then(() => heads.start(options.treeHeadIntervalMs ?? 60_000));
  ready.catch(() => (ready = undefined));

  const app = new Hono<{ Bindings: ConnectionInfo | undefined }>();
  app.onError((err, c) => {
    console.error('[cookiegate-server]', err);
    return c.json(errorBody('internal error'), 500);
  });
  app.notFound((c) => c.json(errorBody('not found'), 404));
  app.use('*', async (c, next) => {
    await (ready ??= store.init());
    await next();
  });

  // CORS: only configured origins, for the proof and receipt routes.
  app.use('/v1/proofs/*', cors); // also matches /v1/proofs itself (registering both sent `Vary: Origin, Origin`)
  app.use('/v1/impressions', cors);
  async function cors(c: Context, next: () => Promise<void>): Promise<Response | void> {
    const origin = c.req.header('origin');
    const ok = origin !== undefined && allowed.has(origin);
    if (c.req.method === 'OPTIONS') {
      if (!ok) return c.json(errorBody('origin not allowed'), 403);
      return new Response(null, {
        status: 204,
        headers: {
          'access-control-allow-origin': origin,
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'content-type',
          'access-control-max-age': '600',
          vary: 'Origin',
        },
      });
    }
    await next();
    if (ok) {
      c.res.headers.set('access-control-allow-origin', origin);
      c.res.headers.append('vary', 'Origin');
    }
  }

  const json = (c: Context, status: 400 | 403 | 404 | 429, error: string) => c.json(errorBody(error), status);

  /** The client's IP prefix, the key of every rate limit. */
  const networkOf = (c: Context<{ Bindings: ConnectionInfo | undefined }>): string => {
    const ip = trust.clientIp(
      c.env?.remoteAddress ?? c.env?.incoming?.socket?.remoteAddress,
      c.req.header('x-forwarded-for'),
    );
    return (ip && ipPrefix(ip)) ?? 'unknown';
  };
  const tooMany = (c: Context, rl: RateLimiter, key: string, what: string) => {
    c.header('retry-after', String(Math.max(1, rl.retryAfter(key))));
    return json(c, 429, `${what} rate limit exceeded for this network`);
  };
  // Receipts and tree heads read the database (and may sign): limited per network like proofs.
  const limitReads = async (c: Context<{ Bindings: ConnectionInfo | undefined }>, next: () => Promise<void>) => {
    const key = networkOf(c);
    if (readLimiter && !readLimiter.take(key)) return tooMany(c, readLimiter, key, 'read');
    await next();
  };
  const submit = proofRoute({
    allowed,
    committer,
    limiter,
    maxBody: options.maxBodyBytes ?? 16 * 1024,
    maxDecisions: options.maxDecisions ?? 100,
    trust,
    storeIp: options.storeIp ?? true,
    hmacKey: options.ipHmacKeys?.[0],
    guard,
    newChains: options.newChains === false ? undefined : new NewChainQuota(options.newChains),
    heads,
  });

  app.post('/v1/proofs', async (c) => {
    const chunked = c.req.header('transfer-encoding') !== undefined;
    const out = await handler.submitProof({
      origin: c.req.header('origin'),
      contentType: c.req.header('content-type'),
      declaredLength: chunked ? undefined : c.req.header('content-length'),
      readBody: (max) => readWebBody(c.req.raw, max),
      remoteAddress: c.env?.remoteAddress ?? c.env?.incoming?.socket?.remoteAddress,
      forwardedFor: c.req.header('x-forwarded-for'),
      secGpc: c.req.header('sec-gpc'),
      userAgent: c.req.header('user-agent'),
    });
    if (out.retryAfter !== undefined) c.header('retry-after', out.retryAfter);
    return c.json(out.body, out.status as 201); // CORS headers: the middleware above
  });

  app.get('/v1/proofs/:consentId', limitReads, async (c) => {
    const consentId = c.req.param('consentId') ?? '';
    if (!UUID.test(consentId)) return json(c, 400, 'consentId must be a lowercase UUID');
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowed.has(origin)) return json(c, 403, 'origin not allowed');
    const receipt = await buildReceipt(store, heads, consentId, origin ?? c.req.query('site'));
    if (receipt.entries.length === 0 && !receipt.pending) return json(c, 404, 'no records for this consent id');
    if (receipt.pendingUntil)
      c.header('retry-after', String(Math.max(1, Math.ceil((Date.parse(receipt.pendingUntil) - Date.now()) / 1000))));
    return c.json(receipt);
  });

  app.get('/v1/tree-head', limitReads, async (c) => {
    const site = c.req.query('site');
    const sites = site ? [site] : await store.sites();
    const treeHeads = [];
    for (const s of sites) {
      const sth = (await store.latestTreeHead(s)) ?? ((await store.head(s)).size > 0 ? await heads.signSite(s) : null);
      if (sth) treeHeads.push(sth);
    }
    if (site && treeHeads.length === 0) return json(c, 404, 'no log for this site');
    return c.json({ treeHeads });
  });

  // RFC 9162 consistency proof between two tree sizes of a site's log (what a witness checks).
  app.get('/v1/consistency', limitReads, async (c) => {
    const sites = await store.sites();
    const site = c.req.query('site') ?? (sites.length === 1 ? sites[0] : undefined);
    const from = Number(c.req.query('from'));
    const to = Number(c.req.query('to'));
    if (!site) return json(c, 400, 'give site (this log has several)');
    if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to) || from < 1 || from > to)
      return json(c, 400, 'give from and to tree sizes (1 ≤ from ≤ to)');
    const { size } = await store.head(site);
    if (to > size) return json(c, 400, `the log of ${site} has only ${size} records`);
    return c.json({ site, from, to, proof: await consistencyProof(store.nodeReader(site), from, to) });
  });

  app.get('/v1/public-key', (c) =>
    c.json({ algorithm: 'Ed25519', keyId: signer.keyId, publicKeyPem: signer.publicKeyPem }),
  );

  const publicKeys = options.publicKeys ?? [publicKeyInfo(options.signingKey, null, null)];
  app.get('/v1/public-keys', (c) => c.json({ current: signer.keyId, keys: publicKeys }));

  app.route('/v1/cosignatures', cosignatureRoutes(store, options.witnessKeys ?? []));

  app.get('/healthz', (c) => c.json({ ok: true, store: store.kind }));

  if (options.dashboard) app.route('/dashboard', dashboardRoutes(options.dashboard));

  const tokenGuard = adminLimiter && {
    limiter: adminLimiter,
    keyOf: networkOf,
    refuse: (c: Context, key: string) => tooMany(c, adminLimiter, key, 'admin token'),
  };
  app.route(
    '/v1/admin',
    adminRoutes({
      store,
      heads,
      adminToken: options.adminToken,
      retentionDays: options.retentionDays ?? 1460,
      guard: tokenGuard,
      onErase: (consentId) => guard.forget(consentId),
    }),
  );

  const impressions = new ImpressionCounter((rows) => store.addImpressions(rows));
  app.route(
    '/v1',
    statsRoutes({
      store,
      allowed,
      adminToken: options.adminToken,
      statsToken: options.statsToken,
      guard: tokenGuard,
      limitReads,
      limiter,
      networkOf,
      impressions,
    }),
  );

  const handler = ((request: Request, info?: ConnectionInfo) =>
    Promise.resolve(app.fetch(request, info))) as ProofHandler;
  handler.signTreeHeads = async () => {
    await committer.flush();
    await heads.signAll();
  };
  // A proof that reached the handler is answered before the signature threads stop under it.
  const inFlight = new InFlight();
  handler.submitProof = async (request) => {
    if (!inFlight.enter()) {
      const origin = request.origin !== undefined && allowed.has(request.origin) ? request.origin : undefined;
      return {
        status: 503,
        body: errorBody('server is shutting down, retry later'),
        retryAfter: '5',
        allowOrigin: origin,
      };
    }
    try {
      await (ready ??= store.init());
      return await submit(request);
    } finally {
      inFlight.leave();
    }
  };
  handler.close = async (timeoutMs = 10_000) => {
    if (!(await inFlight.settled(timeoutMs)))
      console.error('[cookiegate-server] closing with proofs still in progress after', timeoutMs, 'ms');
    heads.stop();
    await impressions.flush().catch((err: unknown) => console.error('[cookiegate-server] impressions lost', err));
    await committer.flush();
    await guard.close();
  };
  return handler;
}
