/** The preferences' switches: what they show on opening and after one is switched. */
import type { ConsentState } from '../core/state';
import type { CategoryView } from './model';

/**
 * The choices shown on opening: the stored decision, else only the required ones on.
 *
 * @example
 * initialChoices(cats, null) // { necessary: true, analytics: false, stats: false, … }
 */
export function initialChoices(cats: CategoryView[], consent: ConsentState | null): Record<string, boolean> {
  const on: Record<string, boolean> = {};
  for (const c of cats) {
    on[c.id] = c.required || consent?.decisions[c.id] === true;
    for (const s of c.services) on[s.id] = c.required || consent?.decisions[s.id] === true;
  }
  return on;
}

/**
 * The switches after one is switched: a category switches its services; a category with
 * services is on when all of them are.
 *
 * @example
 * switchChoice(cats, on, 'analytics', true) // { ..., analytics: true, stats: true }
 */
export function switchChoice(
  cats: CategoryView[],
  on: Record<string, boolean>,
  id: string,
  v: boolean,
): Record<string, boolean> {
  const out = { ...on, [id]: v };
  for (const c of cats) {
    if (c.id == id) for (const x of c.services) out[x.id] = v;
    if (c.services.length) out[c.id] = c.services.every((x) => out[x.id]);
  }
  return out;
}
