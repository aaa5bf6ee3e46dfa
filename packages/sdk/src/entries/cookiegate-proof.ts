/** The script-tag build's proof path (`cookiegate-proof.js`), loaded after a decision where `proofEndpoint` is set. */
export * from '../core/prove';
