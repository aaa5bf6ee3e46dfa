/**
 * Noticing that a decision expired (write path). The consent cookie expires with the
 * decision, so the browser deletes it; a copy of the last decision stays in localStorage
 * (only where proofs are sent) so that the next page can record the expiry (`expire`)
 * in the decision's chain, once. The copy also notes the revision whose re-prompt was
 * recorded, so that a re-prompt left unanswered over many pages is recorded once.
 */
import type { ConsentState } from './state';

/** The key the head script looks at (api.ts) to load the write path on a page without a decision. */
export const DECIDED = 'cookiegate:decided';

/**
 * Remembers the stored decision (null forgets it: a withdrawal, not an expiry).
 *
 * @example
 * remember(state); // after writing the consent cookie
 */
export function remember(state: ConsentState | null): void {
  try {
    if (state) localStorage.setItem(DECIDED, JSON.stringify(state));
    else localStorage.removeItem(DECIDED);
  } catch {
    // Storage disabled: the expiry goes unrecorded, as it would on another device.
  }
}

/**
 * The remembered decision if it has expired by `now`, and forgets it (so that it is
 * recorded once); null otherwise.
 *
 * @example
 * const gone = takeExpired(Date.now()); // then record `expire` for gone.id
 */
export function takeExpired(now: number): ConsentState | null {
  try {
    const s = JSON.parse(localStorage.getItem(DECIDED) || 'null') as ConsentState | null;
    if (!s || !(s.expiresAt <= now)) return null;
    localStorage.removeItem(DECIDED);
    return s;
  } catch {
    return null;
  }
}

/**
 * Whether this is the first page to record the re-prompt of `state` (its consent id, on
 * its revision): notes the revision in the remembered decision (where there is none, in a
 * note of the id alone, which records no expiry), so that later pages of the same
 * unanswered re-prompt record nothing. Answering replaces the copy, and with it the note.
 * Storage disabled: true on every page, as nothing can be remembered.
 *
 * @example
 * if (firstReprompt(state)) void prove(config, state, 'reprompt');
 */
export function firstReprompt({ id, revision }: ConsentState): boolean {
  try {
    let s: { id?: string; reprompted?: number } = JSON.parse(localStorage.getItem(DECIDED) || '{}');
    if (s.id != id) s = { id };
    if (s.reprompted == revision) return false;
    localStorage.setItem(DECIDED, JSON.stringify({ ...s, reprompted: revision }));
  } catch {
    // Storage disabled: every page records it.
  }
  return true;
}
