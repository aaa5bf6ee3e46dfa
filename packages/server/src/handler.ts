/**
 * The web-standard request handler: `(request: Request) => Promise<Response>`, built on hono.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { V7Generator } from 'uuidv7';
import { adminRoutes } from './admin-routes.js';
import { ChainGuard } from './binding/chain-guard.js';
import { NewChainQuota, type NewChainQuotaOptions } from './binding/new-chain-quota.js';
import { publicKeyInfo, type PublicKeyInfo } from './keys/keyring.js';
import { GroupCommitter, type GroupCommitOptions } from './group-commit.js';
import { clientIp, ipHmac, ipPrefix, type IpHmacKey } from './ip.js';
import { consistencyProof } from './merkle.js';
import { RateLimiter, type RateLimitOptions } from './rate-limit.js';
import { buildReceipt } from './receipt.js';
import type { PendingRecord } from './record.js';
import type { ProofStore } from './stores/types.js';
import { TreeHeadSigner } from './tree-head.js';
import { TreeHeadService } from './tree-head-service.js';
import { uaFamily } from './ua.js';
import { validateSubmission } from './validate.js';
import { randomFillSync, type KeyObject } from 'node:crypto';

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
  /** Bearer token for `/v1/admin/*`; admin routes are disabled without it. */
  adminToken?: string | undefined;
  /** Read the client IP from X-Forwarded-For: true = left-most entry, n = n trusted proxies. Default false (socket). */
  trustProxy?: boolean | number;
  /** HMAC keys for the full IP, current first. Empty: no HMAC. */
  ipHmacKeys?: IpHmacKey[];
  /** Store the IP prefix/HMAC at all (default true). */
  storeIp?: boolean;
  /** Maximum request body in bytes (default 16 KiB). */
  maxBodyBytes?: number;
  /** Maximum decision ids per proof (default 100). */
  maxDecisions?: number;
  /** Per-IP-prefix limit for POST /v1/proofs, or false to disable. */
  rateLimit?: RateLimitOptions | false;
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
}

/** Connection facts the node glue passes as the second argument. */
export interface ConnectionInfo {
  remoteAddress?: string | undefined;
  /** Set by @hono/node-server. */
  incoming?: { socket?: { remoteAddress?: string | undefined } };
}

/** Result of a proof submission, before it becomes an HTTP response (JSON body). */
export interface ProofOutcome {
  status: number;
  body: unknown;
  /** Seconds, for a 429. */
  retryAfter?: string;
}

/** Request facts the proof route uses besides the body. */
export interface ProofMeta {
  remoteAddress?: string | undefined;
  forwardedFor?: string | undefined;
  secGpc?: string | undefined;
  userAgent?: string | undefined;
}

/**
 * The `POST /v1/proofs` route without the web Request/Response objects, for
 * the node:http glue's fast path (same checks, same outcomes as the hono route).
 */
export interface ProofRoute {
  /** Store initialisation (resolves at once when done). */
  ready(): Promise<void>;
  /** Origin and content-type checks; undefined when they pass. */
  precheck(origin: string | undefined, contentType: string | undefined): ProofOutcome | undefined;
  /** Rate limit, parse, validate, record. `text` undefined = unreadable body. */
  accept(origin: string, text: string | undefined, meta: ProofMeta): Promise<ProofOutcome>;
  maxBody: number;
  tooLarge: ProofOutcome;
  allowed: ReadonlySet<string>;
}

/** Key of a handler's {@link ProofRoute} (internal, used by `createRequestListener`). */
export const PROOF_ROUTE = Symbol('cookiegate.proofRoute');

/** The handler plus lifecycle hooks. */
export interface ProofHandler {
  (request: Request, info?: ConnectionInfo): Promise<Response>;
  /** The proof route for the node:http fast path. */
  [PROOF_ROUTE]?: ProofRoute;
  /** Signs tree heads for every site now. */
  signTreeHeads(): Promise<void>;
  /** Waits for queued proofs, stops timers (does not close the store). */
  close(): Promise<void>;
}

/**
 * UUIDv7 record ids (uuidv7's generator: monotonic within a millisecond) from
 * the same CSPRNG, drawn 4 KiB at a time instead of 32 bytes at a time.
 */
const pool = new Uint32Array(1024);
let poolAt = pool.length;
const ids = new V7Generator({
  nextUint32: () => {
    if (poolAt === pool.length) {
      randomFillSync(pool);
      poolAt = 0;
    }
    return pool[poolAt++]!;
  },
});
const uuidv7 = () => ids.generate().toString();

/**
 * JSON error body used by every 4xx/5xx.
 * @example errorBody('malformed JSON') // { error: 'malformed JSON' }
 */
export const errorBody = (error: string) => ({ error });

/**
 * Creates the proof server's request handler.
 * @example
 * const store = new SqliteStore({ path: './data/proofs.db' });
 * const handler = createHandler({ store, origins: ['https://shop.example'], signingKey: loadSigningKey({ file: './data/signing-key.pem', create: true }) });
 * const res = await handler(new Request('http://localhost/healthz'));
 */
export function createHandler(options: HandlerOptions): ProofHandler {
  const { store } = options;
  const allowed = new Set(options.origins.map((o) => new URL(o).origin));
  const signer = new TreeHeadSigner(options.signingKey);
  const heads = new TreeHeadService(store, signer, options.treeHeadEveryRecords ?? 1000);
  const committer = new GroupCommitter(store, options.groupCommit);
  const limiter = options.rateLimit === false ? undefined : new RateLimiter(options.rateLimit);
  const guard = new ChainGuard(store);
  const newChains = options.newChains === false ? undefined : new NewChainQuota(options.newChains);
  const storeIp = options.storeIp ?? true;
  const hmacKey = options.ipHmacKeys?.[0];
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

  const json = (c: Context, status: 400 | 403 | 404 | 413 | 415 | 429 | 503, error: string) => c.json(errorBody(error), status);
  const maxBody = options.maxBodyBytes ?? 16 * 1024;
  const tooLarge: ProofOutcome = { status: 413, body: errorBody(`body larger than ${maxBody} bytes`) };
  const fail = (status: 400 | 403 | 409 | 415 | 503, error: string): ProofOutcome => ({ status, body: errorBody(error) });

  /** Checks made before the body is read: origin, content type (the length is checked by the caller). */
  function precheck(origin: string | undefined, contentType: string | undefined): ProofOutcome | undefined {
    if (!origin) return fail(403, 'missing Origin header');
    if (!allowed.has(origin)) return fail(403, `origin not allowed: ${origin.slice(0, 200)}`);
    const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json' && type !== 'text/plain')
      return fail(415, 'content-type must be application/json or text/plain');
    return undefined;
  }

  /** Rate limit, parse, validate, record; resolves after the commit (201) or with the error. */
  async function accept(origin: string, text: string | undefined, meta: ProofMeta): Promise<ProofOutcome> {
    const ip = clientIp(meta.remoteAddress, meta.forwardedFor ?? null, options.trustProxy ?? false);
    const prefix = ip ? ipPrefix(ip) : null;
    if (limiter && !limiter.take(prefix ?? 'unknown')) {
      return {
        status: 429,
        body: errorBody('rate limit exceeded for this network'),
        retryAfter: String(limiter.retryAfter(prefix ?? 'unknown')),
      };
    }
    let body: unknown;
    try {
      body = JSON.parse(text!);
    } catch {
      return fail(400, 'malformed JSON');
    }
    const v = validateSubmission(body, { origin, maxDecisions: options.maxDecisions ?? 100 });
    if (!v.ok) return fail(400, v.error);
    const p = v.value;
    const bound = await guard.check(origin, p);
    if (!bound.ok) return fail(bound.status, bound.error);
    const quota = p.chainKey && newChains?.take(origin, prefix ?? 'unknown');
    if (quota) return { status: 429, body: errorBody(quota.error), retryAfter: String(quota.retryAfter) };
    const hmac = storeIp && ip && hmacKey ? ipHmac(ip, hmacKey) : undefined;
    const pending: PendingRecord = {
      schema: 'cookiegate-proof/1',
      id: uuidv7(),
      site: origin,
      serverTime: new Date().toISOString(),
      consentId: p.consentId,
      action: p.action,
      surface: p.surface,
      decisions: p.decisions,
      revision: p.revision,
      shownHash: p.shownHash,
      locale: p.locale,
      sdkVersion: p.sdkVersion,
      gpc: p.gpc,
      page: p.page,
      clientTime: p.clientTime,
      chainKey: p.chainKey,
      sig: p.sig,
      gpcApplied: p.gpcApplied,
      secGpc: meta.secGpc === '1',
      ipPrefix: storeIp ? prefix : null,
      ipHmac: hmac?.ipHmac ?? null,
      ipKeyId: hmac?.ipKeyId ?? null,
      uaFamily: uaFamily(meta.userAgent),
    };
    let result;
    try {
      result = await committer.submit(pending, bound.key);
    } catch (err) {
      console.error('[cookiegate-server] append failed', err);
      return fail(503, 'could not store the proof, retry later');
    }
    if ('refused' in result) return fail(result.refused, result.reason);
    guard.appended(origin, p.consentId, bound);
    heads.grew(origin, result.index + 1);
    return { status: 201, body: { id: result.id, index: result.index, leafHash: result.leafHash } };
  }

  const reply = (c: Context, out: ProofOutcome) => {
    if (out.retryAfter !== undefined) c.header('retry-after', out.retryAfter);
    return c.json(out.body, out.status as 201);
  };

  const limitBody = bodyLimit({ maxSize: maxBody, onError: (c) => reply(c, tooLarge) });
  app.post(
    '/v1/proofs',
    async (c, next) => {
      const out = precheck(c.req.header('origin'), c.req.header('content-type'));
      if (out) return reply(c, out);
      const length = c.req.header('content-length');
      if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
        // Declared length: checked here, so the fast body reader can be used.
        if (!(Number(length) <= maxBody)) return reply(c, tooLarge);
        return next();
      }
      return limitBody(c, next); // streamed body: count while reading
    },
    async (c) => {
      let text: string | undefined;
      try {
        text = await c.req.text();
      } catch {
        text = undefined; // unreadable body: 400 malformed JSON (after the rate limit)
      }
      const out = await accept(c.req.header('origin')!, text, {
        remoteAddress: c.env?.remoteAddress ?? c.env?.incoming?.socket?.remoteAddress,
        forwardedFor: c.req.header('x-forwarded-for'),
        secGpc: c.req.header('sec-gpc'),
        userAgent: c.req.header('user-agent'),
      });
      return reply(c, out);
    },
  );

  app.get('/v1/proofs/:consentId', async (c) => {
    const consentId = c.req.param('consentId');
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(consentId))
      return json(c, 400, 'consentId must be a lowercase UUID');
    const origin = c.req.header('origin');
    if (origin !== undefined && !allowed.has(origin)) return json(c, 403, 'origin not allowed');
    const receipt = await buildReceipt(store, heads, consentId, origin ?? c.req.query('site'));
    if (receipt.entries.length === 0) return json(c, 404, 'no records for this consent id');
    return c.json(receipt);
  });

  app.get('/v1/tree-head', async (c) => {
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
  app.get('/v1/consistency', async (c) => {
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

  app.get('/v1/tree-head/consistency', async (c) => {
    const site = c.req.query('site');
    const first = Number(c.req.query('first'));
    const second = Number(c.req.query('second'));
    if (!site || !Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second)
      return json(c, 400, 'give site, first and second tree sizes (0 ≤ first ≤ second)');
    const { size } = await store.head(site);
    if (second > size) return json(c, 400, `the log of ${site} has only ${size} records`);
    return c.json({ site, first, second, proof: await consistencyProof(store.nodeReader(site), first, second) });
  });

  app.get('/v1/public-key', (c) =>
    c.json({ algorithm: 'Ed25519', keyId: signer.keyId, publicKeyPem: signer.publicKeyPem }),
  );

  const publicKeys = options.publicKeys ?? [publicKeyInfo(options.signingKey, null, null)];
  app.get('/v1/public-keys', (c) => c.json({ current: signer.keyId, keys: publicKeys }));

  app.get('/healthz', (c) => c.json({ ok: true, store: store.kind }));

  app.route('/v1/admin', adminRoutes({
    store, heads, adminToken: options.adminToken, retentionDays: options.retentionDays ?? 1460,
    onErase: (consentId) => guard.forget(consentId),
  }));

  const handler = ((request: Request, info?: ConnectionInfo) => Promise.resolve(app.fetch(request, info))) as ProofHandler;
  handler.signTreeHeads = async () => {
    await committer.flush();
    await heads.signAll();
  };
  handler[PROOF_ROUTE] = { ready: () => (ready ??= store.init()), precheck, accept, maxBody, tooLarge, allowed };
  handler.close = async () => {
    heads.stop();
    await committer.flush();
  };
  return handler;
}
