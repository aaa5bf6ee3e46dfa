/**
 * Strict validation of a `POST /v1/proofs` body (what the server runs on every submission). Unknown fields, wrong types,
 * malformed or too many decision ids are rejected with a readable reason; `page` must be written as the URL parser
 * writes it (what `location.origin + location.pathname` gives), because the chain signature covers it as sent.
 */
import { chainKeyProblem, isSigText, normalizeChainKey, type ChainKeyJwk } from './binding.js';
import { CONSENT_ID, DECISION_ID } from './ids.js';
import {
  MAX_DECISION_MS,
  OPTIONAL_SUBMISSION_FIELDS,
  SUBMISSION_FIELDS,
  VARIANT_ID,
  type ProofSubmission,
} from './submission.js';
import { ACTIONS, SURFACES } from './vocabulary.js';

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;
/** C0 controls (tab, newline, …), DEL and C1 controls: never part of a page address we store. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const VERSION = /^[0-9A-Za-z][0-9A-Za-z.+_-]{0,31}$/;
const LOCALE = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,6}$/;
const FIELDS = new Set<string>([...SUBMISSION_FIELDS, ...OPTIONAL_SUBMISSION_FIELDS]);

/**
 * Result of {@link validateSubmission}.
 * @example const v: Validation = { ok: false, error: 'missing field: gpc' };
 */
export type Validation = { ok: true; value: ProofSubmission } | { ok: false; error: string };

/**
 * Limits applied during validation.
 * @example validateSubmission(body, { maxDecisions: 50, origin: 'https://shop.example' })
 */
export interface ValidationLimits {
  /** Maximum number of decision ids (default 100). */
  maxDecisions?: number;
  /** When given, `page` must be on this origin. */
  origin?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a parsed JSON body against the proof schema.
 * @example
 * const v = validateSubmission(JSON.parse(text), { origin: 'https://shop.example' });
 * if (!v.ok) return json({ error: v.error }, 400);
 */
export function validateSubmission(body: unknown, limits: ValidationLimits = {}): Validation {
  const fail = (error: string): Validation => ({ ok: false, error });
  if (!isObject(body)) return fail('body must be a JSON object');
  for (const key of Object.keys(body)) if (!FIELDS.has(key)) return fail(`unknown field: ${key.slice(0, 64)}`);
  for (const key of SUBMISSION_FIELDS) if (!(key in body)) return fail(`missing field: ${key}`);
  const b = body as Record<string, unknown>;

  if (typeof b.consentId !== 'string' || !CONSENT_ID.test(b.consentId))
    return fail('consentId must be a lowercase UUID, version 4 or 7 (the nil UUID is reserved for log events)');
  if (typeof b.action !== 'string' || !(ACTIONS as readonly string[]).includes(b.action))
    return fail(`action must be one of ${ACTIONS.join(', ')}`);
  if (typeof b.surface !== 'string' || !(SURFACES as readonly string[]).includes(b.surface))
    return fail(`surface must be one of ${SURFACES.join(', ')}`);

  if (!isObject(b.decisions)) return fail('decisions must be an object of id → boolean');
  const ids = Object.keys(b.decisions);
  if (ids.length === 0) return fail('decisions must name at least one id');
  const max = limits.maxDecisions ?? 100;
  if (ids.length > max) return fail(`too many decisions: ${ids.length} > ${max}`);
  for (const id of ids) {
    if (!DECISION_ID.test(id)) return fail(`malformed decision id: ${JSON.stringify(id.slice(0, 64))}`);
    if (typeof b.decisions[id] !== 'boolean') return fail(`decision ${id} must be true or false`);
  }

  if (typeof b.revision !== 'number' || !Number.isSafeInteger(b.revision) || b.revision < 0)
    return fail('revision must be a non-negative integer');
  if (typeof b.shownHash !== 'string' || !HEX64.test(b.shownHash))
    return fail('shownHash must be 64 lowercase hex characters');
  if (typeof b.locale !== 'string' || b.locale.length > 35 || !LOCALE.test(b.locale) || !isLocale(b.locale))
    return fail('locale must be a BCP 47 language tag');
  if (typeof b.sdkVersion !== 'string' || !VERSION.test(b.sdkVersion))
    return fail('sdkVersion must be a short version string');
  if (typeof b.gpc !== 'boolean') return fail('gpc must be true or false');

  if (typeof b.page !== 'string' || b.page.length > 2048) return fail('page must be a URL of at most 2048 characters');
  // Checked before parsing: the URL parser drops tabs and newlines silently.
  if (CONTROL.test(b.page)) return fail('page must not contain control characters (tabs, newlines)');
  if (b.page.includes('?') || b.page.includes('#')) return fail('page must not contain a query string or fragment');
  let page: URL;
  try {
    page = new URL(b.page);
  } catch {
    return fail('page must be an absolute URL');
  }
  if (page.protocol !== 'https:' && page.protocol !== 'http:') return fail('page must be an http(s) URL');
  if (page.username || page.password) return fail('page must not contain credentials (user:password@)');
  if (limits.origin !== undefined && page.origin !== limits.origin) return fail('page is not on the request origin');
  // Stored as the URL parser writes it: path percent-encoded (`<` → %3C), dot segments resolved. Refused,
  // not rewritten, when sent otherwise: the chain signature covers the page as sent, and a record must
  // be stored exactly as it was signed.
  if (page.href.length > 2048) return fail('page must be a URL of at most 2048 characters (percent-encoded)');
  if (page.href !== b.page) return fail(`page must be written as the URL parser writes it: ${page.href}`);

  if (typeof b.clientTime !== 'string' || !isDateTime(b.clientTime))
    return fail('clientTime must be an ISO 8601 date-time that exists (e.g. 2026-02-28T12:00:00Z)');
  if (b.gpcApplied !== undefined && typeof b.gpcApplied !== 'boolean') return fail('gpcApplied must be true or false');
  if (b.asked !== undefined) {
    const problem = askedProblem(b.asked, b.action, b.decisions as Record<string, boolean>);
    if (problem) return fail(problem);
  }
  if (b.chainKey !== undefined) {
    const problem = chainKeyProblem(b.chainKey);
    if (problem) return fail(problem);
    b.chainKey = normalizeChainKey(b.chainKey as ChainKeyJwk);
  }
  if (b.variant !== undefined && (typeof b.variant !== 'string' || !VARIANT_ID.test(b.variant)))
    return fail('variant must be 1 to 32 lowercase letters, digits or -, starting with a letter or digit');
  if (
    b.decisionMs !== undefined &&
    !(
      Number.isSafeInteger(b.decisionMs) &&
      (b.decisionMs as number) >= 0 &&
      (b.decisionMs as number) <= MAX_DECISION_MS
    )
  )
    return fail(`decisionMs must be a whole number of milliseconds from 0 to ${MAX_DECISION_MS}`);
  if (b.sig !== undefined && !isSigText(b.sig))
    return fail('sig must be a base64url (unpadded) 64-byte ECDSA P-256 signature');

  return { ok: true, value: b as unknown as ProofSubmission };
}

/** What is wrong with a re-prompt's `asked` (ids it asks about again), or undefined. */
function askedProblem(asked: unknown, action: unknown, decisions: Record<string, boolean>): string | undefined {
  if (action !== 'reprompt') return 'asked is only for action reprompt';
  if (!Array.isArray(asked) || asked.length === 0) return 'asked must be a non-empty array of decision ids';
  if (asked.length > Object.keys(decisions).length) return 'asked names more ids than decisions';
  for (const id of asked) {
    if (typeof id !== 'string' || !DECISION_ID.test(id))
      return `malformed id in asked: ${JSON.stringify(String(id).slice(0, 64))}`;
    if (!Object.prototype.hasOwnProperty.call(decisions, id)) return `asked names ${id}, which decisions do not`;
  }
  if (new Set(asked).size !== asked.length) return 'asked names an id twice';
  return undefined;
}

/**
 * A strict RFC 3339 date-time: the date and time rebuilt from its fields must give the same
 * fields back, so `2026-02-31` (which `Date.parse` rolls over to March 3) and `24:00` are refused.
 */
function isDateTime(s: string): boolean {
  const m = ISO_TIME.exec(s);
  if (!m) return false;
  const [y, mo, d, h, mi, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const t = new Date(Date.UTC(2000, mo - 1, d, h, mi, sec));
  t.setUTCFullYear(y); // Date.UTC maps years 0–99 to 1900–1999
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return false;
  if (t.getUTCHours() !== h || t.getUTCMinutes() !== mi || t.getUTCSeconds() !== sec) return false;
  return m[7] === undefined || (Number(m[7]) <= 23 && Number(m[8]) <= 59);
}

const localeCache = new Map<string, boolean>();
function isLocale(tag: string): boolean {
  let ok = localeCache.get(tag);
  if (ok === undefined) {
    try {
      ok = Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      ok = false;
    }
    if (localeCache.size > 1000) localeCache.clear();
    localeCache.set(tag, ok);
  }
  return ok;
}

/**
 * A BCP 47 language tag as `locale` takes it (also the locale of an impression, STATS-SPEC.md).
 * @example isLocaleTag('sv-SE') // true
 */
export function isLocaleTag(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 35 && LOCALE.test(value) && isLocale(value);
}
