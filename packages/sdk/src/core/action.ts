/** The action a decision is, as its proof names it (the write path decides it when the decision is applied). */
import type { Action } from '@cookiegate/protocol';
import type { ConsentState } from './state';
import type { Decision } from './types';

/**
 * Which action a change is: a refusal of what was granted, and a forgotten decision, are a withdrawal.
 *
 * @example
 * actionOf(stored, next, 'reject_all', (id) => isRequired(cfg, id)); // 'withdraw' where stored granted something
 */
export function actionOf(
  prev: ConsentState | null,
  next: ConsentState | null,
  decision: Decision | 'reprompt',
  required: (id: string) => boolean,
): Action {
  const withdrawn =
    !!prev && Object.keys(prev.decisions).some((id) => prev.decisions[id] && !required(id) && !next?.decisions[id]);
  // Refusing what was granted withdraws it.
  return !next || (withdrawn && decision == 'reject_all') ? 'withdraw' : decision;
}
