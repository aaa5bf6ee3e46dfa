/**
 * `POST /v1/proofs`, the one implementation: origin, content type, size, rate limit, parse,
 * validate, record. It sees no web Request/Response and no node:http objects, so the hono
 * route and the node:http fast path (the hot path, which skips building Request objects)
 * both call it and answer alike.
 */
import { validateSubmission } from '@cookiegate/protocol';
import { V7Generator } from 'uuidv7';
import type { ChainGuard } from '../binding/chain-guard.js';
import type { NewChainQuota } from '../binding/new-chain-quota.js';
import type { TreeHeadService } from '../ops/tree-head-service.js';
import type { GroupCommitter } from '../ops/group-commit.js';
import type { PendingRecord } from '../log/record.js';
import { ipHmac, ipPrefix, type IpHmacKey } from './ip.js';
import type { RateLimiter } from './rate-limit.js';
import type { ProxyTrust } from './trust-proxy.js';
import { uaFamily } from './ua.js';
import { randomFillSync } from 'node:crypto';

/**
 * JSON error body used by every 4xx/5xx.
 * @example errorBody('malformed JSON') // { error: 'malformed JSON' }
 */
export const errorBody = (error: string) => ({ error });

/** What a body reader returns past the size limit. */
export const TOO_LARGE = Symbol('too large');

/** The answer to a proof submission, before it becomes an HTTP response (JSON body). */
export interface ProofOutcome {
  status: number;
  body: unknown;
  /** Seconds, for a 429 or 503. */
  retryAfter?: string;
  /** The request's origin when it is allowed: the CORS headers to send. */
  allowOrigin?: string;
}

/** A `POST /v1/proofs` request as either entry sees it. */
export interface ProofRequest {
  origin: string | undefined;
  contentType: string | undefined;
  /** The Content-Length header, when the body is not chunked. */
  declaredLength: string | undefined;
  /** Reads the body: its bytes, TOO_LARGE past `max` bytes, undefined when the request failed. */
  readBody(max: number): Promise<Uint8Array | undefined | typeof TOO_LARGE>;
  remoteAddress: string | undefined;
  /** X-Forwarded-For (repeated headers joined with ', ', as `Headers.get` does). */
  forwardedFor: string | undefined;
  secGpc: string | undefined;
  userAgent: string | undefined;
}

/** What the route needs from the handler. */
export interface ProofRouteOptions {
  allowed: ReadonlySet<string>;
  committer: GroupCommitter;
  limiter: RateLimiter | undefined;
  maxBody: number;
  maxDecisions: number;
  /** Which X-Forwarded-For entry is the client (see `proxyTrust`). */
  trust: ProxyTrust;
  storeIp: boolean;
  hmacKey: IpHmacKey | undefined;
  /** Chain binding: the signature check before queueing (binding/chain-guard.ts). */
  guard: ChainGuard;
  /** Limits on new chains, if any. */
  newChains: NewChainQuota | undefined;
  /** Told of every append (a head every N records). */
  heads: TreeHeadService;
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
const decoder = new TextDecoder(); // as Request.text(): UTF-8, a leading BOM dropped

/**
 * Builds the route: a function from a {@link ProofRequest} to its {@link ProofOutcome}.
 * @example
 * const submit = proofRoute({ allowed, committer, limiter, maxBody: 16384, maxDecisions: 100, trust: proxyTrust(false), storeIp: true, hmacKey: undefined });
 * const out = await submit(request);
 */
export function proofRoute(o: ProofRouteOptions): (req: ProofRequest) => Promise<ProofOutcome> {
  const fail = (status: number, error: string): ProofOutcome => ({ status, body: errorBody(error) });
  const tooLarge = () => fail(413, `body larger than ${o.maxBody} bytes`);

  async function answer(req: ProofRequest, origin: string | undefined): Promise<ProofOutcome> {
    if (!origin) return fail(403, 'missing Origin header');
    if (!o.allowed.has(origin)) return fail(403, `origin not allowed: ${origin.slice(0, 200)}`);
    const type = (req.contentType ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json' && type !== 'text/plain')
      return fail(415, 'content-type must be application/json or text/plain');
    // A declared length is checked before reading; a streamed body is counted while read.
    if (req.declaredLength !== undefined && !(Number(req.declaredLength) <= o.maxBody)) return tooLarge();
    const bytes = await req.readBody(o.maxBody);
    if (bytes === TOO_LARGE) return tooLarge();

    const ip = o.trust.clientIp(req.remoteAddress, req.forwardedFor);
    const prefix = ip ? ipPrefix(ip) : null;
    if (o.limiter && !o.limiter.take(prefix ?? 'unknown'))
      return {
        ...fail(429, 'rate limit exceeded for this network'),
        retryAfter: String(o.limiter.retryAfter(prefix ?? 'unknown')),
      };
    let body: unknown;
    try {
      body = JSON.parse(decoder.decode(bytes)); // an unreadable body (undefined) is malformed JSON too
    } catch {
      return fail(400, 'malformed JSON');
    }
    const v = validateSubmission(body, { origin, maxDecisions: o.maxDecisions });
    if (!v.ok) return fail(400, v.error);
    const p = v.value;
    if (p.sig === undefined) return fail(400, 'missing field: sig'); // every record is signed by its chain's key
    let bound;
    try {
      bound = await o.guard.check(origin, p);
    } catch (err) {
      console.error('[cookiegate-server] signature check failed', err);
      return fail(503, 'could not check the signature, retry later');
    }
    if (!bound.ok) return fail(bound.status, bound.error);
    // A new chain counts against the quotas once written: what writes nothing (a resend of its
    // first record, a refusal, a failed write) gives its count back, and a resend is never refused.
    const net = prefix ?? 'unknown';
    let counted = false;
    if (p.chainKey && o.newChains) {
      const quota = o.newChains.take(origin, net);
      counted = !quota;
      if (quota && (await o.guard.isNew(origin, p.consentId).catch(() => true)))
        return { ...fail(429, quota.error), retryAfter: String(quota.retryAfter) };
    }
    const refund = () => counted && o.newChains!.refund(origin, net);
    const hmac = o.storeIp && ip && o.hmacKey ? ipHmac(ip, o.hmacKey) : undefined;
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
      variant: p.variant,
      decisionMs: p.decisionMs,
      asked: p.asked,
      secGpc: req.secGpc === '1',
      ipPrefix: o.storeIp ? prefix : null,
      ipHmac: hmac?.ipHmac ?? null,
      ipKeyId: hmac?.ipKeyId ?? null,
      uaFamily: uaFamily(req.userAgent),
    };
    let result;
    try {
      result = await o.committer.submit(pending, bound.key);
    } catch (err) {
      refund();
      console.error('[cookiegate-server] append failed', err);
      return fail(503, 'could not store the proof, retry later');
    }
    if ('refused' in result || result.duplicate) refund();
    if ('refused' in result) return fail(result.refused, result.reason);
    o.guard.appended(origin, p.consentId, bound.key);
    const stored = { id: result.id, index: result.index, leafHash: result.leafHash };
    // A resend of the chain's latest record (a retry after a lost answer): the record it repeats, nothing written.
    if (result.duplicate) return { status: 200, body: { ...stored, duplicate: true } };
    o.heads.grew(origin, result.index + 1);
    return { status: 201, body: stored };
  }

  return async (req) => {
    const out = await answer(req, req.origin);
    if (req.origin !== undefined && o.allowed.has(req.origin)) out.allowOrigin = req.origin;
    return out;
  };
}

/**
 * Reads a web Request's body, counting bytes: TOO_LARGE past `max`, undefined when it fails.
 * @example const bytes = await readWebBody(request, 16 * 1024);
 */
export async function readWebBody(request: Request, max: number): Promise<Uint8Array | undefined | typeof TOO_LARGE> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > max) {
        reader.cancel().catch(() => {});
        return TOO_LARGE;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  if (chunks.length === 1) return chunks[0]!;
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}
