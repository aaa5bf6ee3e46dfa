/**
 * The words of a proof: what the visitor did (`action`) and where (`surface`). These are the
 * only names of a decision; the SDK's API and UI speak them too.
 */

/**
 * What a proof records the visitor did (`expire`: the SDK noticed a stored decision expired).
 * @example ACTIONS.includes(body.action)
 */
export const ACTIONS = ['accept_all', 'reject_all', 'custom', 'withdraw', 'reprompt', 'expire'] as const;
/** One of {@link ACTIONS}. @example const a: Action = 'reject_all'; */
export type Action = (typeof ACTIONS)[number];

/**
 * Where the decision was made.
 * @example SURFACES.includes(body.surface)
 */
export const SURFACES = ['banner', 'preferences', 'floating', 'api'] as const;
/** One of {@link SURFACES}. @example const s: Surface = 'banner'; */
export type Surface = (typeof SURFACES)[number];
