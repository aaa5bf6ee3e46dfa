/**
 * Id patterns of the protocol (one definition; the SDK's config checker and the server's
 * routes use these).
 */

/**
 * A consent id (and a record id): a lowercase UUID.
 * @example UUID.test('0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d') // true
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * A consent id as a submission may carry it: a lowercase UUID of version 4 (what the SDK's
 * `crypto.randomUUID()` and its fallback make) or 7, RFC 9562 variant; so never the nil UUID
 * ({@link RESERVED_CONSENT_ID}, the log events' id).
 * @example CONSENT_ID.test('00000000-0000-0000-0000-000000000000') // false
 */
export const CONSENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[47][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * A category or service id: what a decision is keyed by.
 * @example DECISION_ID.test('google-ads') // true
 */
export const DECISION_ID = /^[a-z][a-z0-9_-]{0,39}$/i;

/**
 * The all-zero consent id: the server's log events (erasure, retention) use it; no browser may send it.
 * @example body.consentId === RESERVED_CONSENT_ID // refused by validateSubmission
 */
export const RESERVED_CONSENT_ID = '00000000-0000-0000-0000-000000000000';
