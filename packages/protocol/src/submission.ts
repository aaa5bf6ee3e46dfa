import type { Action, Surface } from './vocabulary.js';

/**
 * The body of `POST /v1/proofs`: what the SDK sends and the server validates and stores.
 * @example
 * const body: ProofSubmission = { consentId, action: 'accept_all', surface: 'banner', decisions: { analytics: true },
 *   revision: 1, shownHash, locale: 'sv', sdkVersion: '0.1.0', gpc: false, page: 'https://shop.example/', clientTime: new Date().toISOString() };
 */
export interface ProofSubmission {
  /** The visitor's consent id (lowercase UUID), the same for every decision of one browser. */
  consentId: string;
  action: Action;
  surface: Surface;
  /** Category and service ids → allowed. */
  decisions: Record<string, boolean>;
  /** The config revision decided on. */
  revision: number;
  /** SHA-256 (hex) of the canonical JSON of what was shown. */
  shownHash: string;
  locale: string;
  sdkVersion: string;
  /** Global Privacy Control as the browser reported it. */
  gpc: boolean;
  /** Origin and path of the page, without query string or fragment. */
  page: string;
  /** The browser's clock, ISO 8601. */
  clientTime: string;
}

/**
 * Every field of a {@link ProofSubmission}: all required, no other allowed.
 * @example SUBMISSION_FIELDS.includes('gpc') // true
 */
export const SUBMISSION_FIELDS = [
  'consentId', 'action', 'surface', 'decisions', 'revision', 'shownHash',
  'locale', 'sdkVersion', 'gpc', 'page', 'clientTime',
] as const satisfies readonly (keyof ProofSubmission)[];
