/**
 * The types the core's parts share: the decision's vocabulary (the wire's names), where a
 * decision was made, and what the head script hands the write path. In a file of their
 * own so that `api.ts`, `decide.ts` and `proof.ts` depend on them rather than on each other.
 */
import type { Action, Surface } from '@cookiegate/protocol';
import type { WritableAtom } from 'nanostores';
import type { ResolvedConfig } from './config';
import type { ConsentState } from './state';

/**
 * What a decision is, in the consent-proof server's words (a proof's `action`), as
 * `@cookiegate/protocol` defines them: the UI, the core and the proofs all use these names.
 *
 * @example
 * const action: Action = 'accept_all';
 */
export type { Action } from '@cookiegate/protocol';

/**
 * What a visitor or site code decides: every action but `reprompt` and `expire`, which only the SDK records.
 *
 * @example
 * writer.decide(core, 'reject_all');
 */
export type Decision = Exclude<Action, 'reprompt' | 'expire'>;

/**
 * Where and how a decision was made, for the proof of it. The UI passes its surface and a
 * hash of what it showed; a call from site code is `api`.
 *
 * @example
 * cookiegate.acceptAll({ surface: 'banner' });
 */
export interface DecisionContext {
  surface?: Surface;
  /** SHA-256 (hex) of exactly what was shown: the canonical config plus the texts of the language shown. */
  shownHash?: string;
  /** The language the texts were shown in. */
  locale?: string;
  /** The banner variant shown (config `experiments`); set by the UI. */
  variant?: string;
  /** Whole milliseconds from the banner (or preferences) becoming visible to the click; set by the UI. */
  decisionMs?: number;
}

/**
 * What the head script hands the write path: the config, the store, and the consent id of a decision that no longer counts.
 *
 * @example
 * writer.decide({ config, store: $state, previousId }, 'accept_all');
 */
export interface Core {
  config: ResolvedConfig;
  store: WritableAtom<ConsentState | null>;
  previousId?: string;
}

/**
 * The write path (`decide.ts`), which the script-tag build loads on demand (`cookiegate-decide.js`).
 *
 * @example
 * const w: Writer = await loadWriter();
 * await w.decide(core, 'custom', { analytics: true });
 */
export interface Writer {
  /** Stores a decision; `choices` only for `custom`. */
  decide(core: Core, action: Decision, choices?: Record<string, boolean>, context?: DecisionContext): Promise<void>;
  /** Removes what refused services left behind when no decision counts (expired, older revision). */
  cleanStale(core: Core): void;
  /** Re-prompts a visitor who decided on an earlier revision: only about what is new to them (reprompt.ts). */
  reprompt(core: Core): Promise<void>;
  /** Records an expired decision (`expire`) and sends proofs left in the queue by an earlier page. */
  retry(core: Core): Promise<void>;
  /** The visitor's receipt from the proof server, with the gossip check of its tree head (`consistency`). */
  receipt(core: Core): ReturnType<typeof import('./receipt').receipt>;
}
