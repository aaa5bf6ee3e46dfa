/**
 * Chain binding on the wire (issue 13, BINDING-SPEC.md): a chain's first record carries its
 * ECDSA P-256 public key (`chainKey`, a JWK); every record carries `sig`, base64url of the
 * 64-byte IEEE P1363 signature over SHA-256 of the canonical JSON of the body without `sig`.
 * Shapes and the signed text only (no crypto here): the SDK signs with WebCrypto, the server
 * verifies with node:crypto.
 */
import { canonical } from './canonical.js';

/**
 * The public key of a chain, exactly as the SDK sends it.
 * @example const jwk: ChainKeyJwk = { kty: 'EC', crv: 'P-256', x: '…43 chars…', y: '…43 chars…' };
 */
export interface ChainKeyJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

const COORD = /^[A-Za-z0-9_-]{43}$/;
const SIG = /^[A-Za-z0-9_-]{86}$/;

/**
 * Why `value` is not a chain key, or undefined when it is one (exact members, 32-byte coordinates).
 * @example chainKeyProblem({ kty: 'EC' }) // 'chainKey must be {kty:"EC", crv:"P-256", x, y} …'
 */
export function chainKeyProblem(value: unknown): string | undefined {
  const shape = 'chainKey must be {kty:"EC", crv:"P-256", x, y} with base64url 32-byte coordinates';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return shape;
  const k = value as Record<string, unknown>;
  if (Object.keys(k).length !== 4 || k.kty !== 'EC' || k.crv !== 'P-256') return shape;
  if (typeof k.x !== 'string' || typeof k.y !== 'string' || !COORD.test(k.x) || !COORD.test(k.y)) return shape;
  return undefined;
}

/**
 * Whether `sig` has the form of a base64url (unpadded) 64-byte P1363 signature.
 * @example isSigText('A'.repeat(86)) // true
 */
export const isSigText = (sig: unknown): sig is string => typeof sig === 'string' && SIG.test(sig);

/**
 * The key with its members in canonical (sorted) order.
 * @example normalizeChainKey({ x, y, kty: 'EC', crv: 'P-256' }) // { crv, kty, x, y }
 */
export const normalizeChainKey = (k: ChainKeyJwk): ChainKeyJwk =>
  ({ crv: k.crv, kty: k.kty, x: k.x, y: k.y }) as ChainKeyJwk;

/**
 * Members of a body that a signature covers (every member but `sig`). A stored record keeps
 * them verbatim, so the signed text can be rebuilt from the record alone.
 * @example SIGNED_FIELDS.includes('decisions') // true
 */
export const SIGNED_FIELDS = [
  'action',
  'asked',
  'chainKey',
  'clientTime',
  'consentId',
  'decisionMs',
  'decisions',
  'gpc',
  'gpcApplied',
  'locale',
  'page',
  'revision',
  'sdkVersion',
  'shownHash',
  'surface',
  'variant',
] as const;

/**
 * The text a chain signature covers: canonical JSON of the body without `sig` (from a body or a stored record).
 * @example await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, new TextEncoder().encode(signedText(body)))
 */
export function signedText(source: object): string {
  const s = source as Record<string, unknown>;
  const picked: Record<string, unknown> = {};
  for (const f of SIGNED_FIELDS) if (s[f] !== undefined) picked[f] = s[f];
  return canonical(picked);
}
