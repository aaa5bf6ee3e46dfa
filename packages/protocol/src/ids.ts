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
 * A category or service id: what a decision is keyed by.
 * @example DECISION_ID.test('google-ads') // true
 */
export const DECISION_ID = /^[a-z][a-z0-9_-]{0,39}$/i;
