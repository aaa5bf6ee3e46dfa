import type { ChainKeyJwk } from './binding.js';
import type { Action, Surface } from './vocabulary.js';

/**
 * The body of `POST /v1/proofs`: what the SDK sends and the server validates and stores.
 * @example
 * const body: ProofSubmission = { consentId, action: 'accept_all', surface: 'banner', decisions: { analytics: true },
 *   revision: 1, shownHash, locale: 'sv', sdkVersion: '0.1.0', gpc: false, page: 'https://shop.example/', clientTime: new Date().toISOString() };
 */
export interface ProofSubmission {
  /** The visitor's consent id (lowercase UUID v4 or v7, never the nil UUID), the same for every decision of one browser. */
  consentId: string;
  action: Action;
  surface: Surface;
  /** Category and service ids → allowed (at least one). */
  decisions: Record<string, boolean>;
  /** The config revision decided on. */
  revision: number;
  /** SHA-256 (hex) of the canonical JSON of what was shown. */
  shownHash: string;
  locale: string;
  sdkVersion: string;
  /** Global Privacy Control as the browser reported it. */
  gpc: boolean;
  /**
   * Origin and path of the page, without query string, fragment, credentials or control
   * characters; the server stores it as the URL parser writes it (path percent-encoded).
   */
  page: string;
  /** The browser's clock, an RFC 3339 date-time that exists (`2026-02-31` is refused). */
  clientTime: string;
  /** The chain's ECDSA P-256 public key: only on a chain's first record (binding.ts). */
  chainKey?: ChainKeyJwk;
  /** Signature by the chain's key over the body without `sig` (binding.ts); required on the wire, absent in records from before binding. */
  sig?: string;
  /** Global Privacy Control changed what the click stored (absent: false). */
  gpcApplied?: boolean;
  /** The banner variant shown (config `experiments`), {@link VARIANT_ID}; absent: no experiment. */
  variant?: string;
  /** Whole milliseconds from the banner (or preferences) becoming visible to the click, 0 to {@link MAX_DECISION_MS}; absent when no UI was shown. */
  decisionMs?: number;
  /** On a `reprompt` only: the category and service ids the visitor is asked about again (each in `decisions`). */
  asked?: string[];
}

/**
 * The form of a banner variant's id (`variant`): lowercase letters, digits and `-`, at most 32.
 * @example VARIANT_ID.test('short-title') // true
 */
export const VARIANT_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;

/**
 * The largest `decisionMs`: one day. A longer wait says nothing about the banner.
 * @example MAX_DECISION_MS // 86_400_000
 */
export const MAX_DECISION_MS = 86_400_000;

/**
 * The required fields of a {@link ProofSubmission}; besides them only {@link OPTIONAL_SUBMISSION_FIELDS}.
 * @example SUBMISSION_FIELDS.includes('gpc') // true
 */
export const SUBMISSION_FIELDS = [
  'consentId',
  'action',
  'surface',
  'decisions',
  'revision',
  'shownHash',
  'locale',
  'sdkVersion',
  'gpc',
  'page',
  'clientTime',
] as const satisfies readonly (keyof ProofSubmission)[];

/**
 * Fields a submission may carry: `sig` (the server refuses a record without it: a rule of the
 * server, not of the shape), `chainKey` on a chain's first record, `gpcApplied`,
 * `variant` and `decisionMs` (issue 17), `asked` on a re-prompt.
 * @example OPTIONAL_SUBMISSION_FIELDS.includes('chainKey') // true
 */
export const OPTIONAL_SUBMISSION_FIELDS = [
  'sig',
  'chainKey',
  'gpcApplied',
  'variant',
  'decisionMs',
  'asked',
] as const satisfies readonly (keyof ProofSubmission)[];
