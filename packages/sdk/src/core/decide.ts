/**
 * The ESM build's write path (writer.ts), with its proof path bundled (prove.ts); the
 * script-tag build loads both on demand (entries/cookiegate-decide.ts, cookiegate-proof.ts).
 */
import { AD, consentTypes } from './consent-mode';
import * as prover from './prove';
import { receipt } from './receipt';
import { stalePlan } from './reprompt';
import type { Core } from './types';
import { writer } from './writer';

// Bundled here, with the proof path and Consent Mode (the script-tag head lends its own: chunk.ts).
const w = writer(() => Promise.resolve(prover), { consentTypes, AD });

/**
 * Stores a decision (`withdraw` forgets it); resolves once its proof was sent or failed.
 *
 * @example
 * await decide({ config, store }, 'custom', { analytics: true });
 */
export const decide = w.decide;

/**
 * Removes what refused services left behind where no decision counts.
 *
 * @example
 * cleanStale({ config, store });
 */
export const cleanStale = w.cleanStale;

/**
 * Records an expired decision and sends the proofs an earlier page left queued.
 *
 * @example
 * await retry({ config, store });
 */
export const retry = w.retry;

/**
 * Applies a re-prompt's plan (`stalePlan`, reprompt.ts).
 *
 * @example
 * await applyReprompt(core, stalePlan(core.config, core.previousId!));
 */
export const applyReprompt = w.applyReprompt;

/**
 * `applyReprompt` with the plan made here (the script-tag build loads the planning from
 * `cookiegate-reprompt.js`, entries/cookiegate-decide.ts).
 *
 * @example
 * await reprompt({ config, store, previousId });
 */
export const reprompt = (core: Core): Promise<void> => applyReprompt(core, stalePlan(core.config, core.previousId!));

export { receipt };
