/**
 * @cookiegate/protocol — the one definition of the wire between the cookiegate SDK and
 * `@cookiegate/server`: the `POST /v1/proofs` body, its vocabularies, the id patterns,
 * canonical JSON and the validation the server runs.
 *
 * @example
 * import { validateSubmission } from '@cookiegate/protocol';
 * const v = validateSubmission(JSON.parse(text), { origin: 'https://shop.example' });
 */
export { ACTIONS, SURFACES } from './vocabulary.js';
export type { Action, Surface } from './vocabulary.js';
export { UUID, CONSENT_ID, DECISION_ID, RESERVED_CONSENT_ID } from './ids.js';
export { SUBMISSION_FIELDS, OPTIONAL_SUBMISSION_FIELDS, VARIANT_ID, MAX_DECISION_MS } from './submission.js';
export { chainKeyProblem, isSigText, normalizeChainKey, signedText, SIGNED_FIELDS } from './binding.js';
export type { ChainKeyJwk } from './binding.js';
export type { ProofSubmission } from './submission.js';
export { canonical } from './canonical.js';
export { treeHeadText } from './tree-head.js';
export type { SignedTreeHead, TreeHeadFields } from './tree-head.js';
export { isLocaleTag, validateSubmission } from './validate.js';
export type { Validation, ValidationLimits } from './validate.js';
