/**
 * The seeded decisions counted here, independently of the server: what the dashboard must show.
 */
import type { Seed } from './server';

type Counts = Record<string, number>;
const add = (m: Record<string, Counts>, key: string, action: string) => {
  m[key] ??= {};
  m[key][action] = (m[key][action] ?? 0) + 1;
};

/** Counts of the seeds, grouped as the dashboard shows them. */
export function countSeeds(seeds: Seed[]) {
  const actions: Counts = {};
  const surfaces: Record<string, Counts> = {};
  const locales: Record<string, Counts> = {};
  const pages: Record<string, Counts> = {};
  const purposes: Record<string, { granted: number; denied: number }> = {};
  let gpc = 0;
  for (const s of seeds) {
    actions[s.action] = (actions[s.action] ?? 0) + 1;
    add(surfaces, s.surface, s.action);
    add(locales, s.locale, s.action);
    add(pages, s.path, s.action);
    if (s.gpc) gpc++;
    if (['accept_all', 'reject_all', 'custom', 'reprompt'].includes(s.action))
      for (const [k, v] of Object.entries(s.decisions)) {
        purposes[k] ??= { granted: 0, denied: 0 };
        purposes[k][v ? 'granted' : 'denied']++;
      }
  }
  return { decisions: seeds.length, actions, surfaces, locales, pages, purposes, gpc };
}
