import { describe, expect, it } from 'vitest';
import { initialChoices, switchChoice } from './choices';
import type { CategoryView } from './model';

const service = (id: string) => ({ id, title: id, cookies: [] });
const cats: CategoryView[] = [
  { id: 'necessary', title: 'N', required: true, services: [service('shop')] },
  { id: 'analytics', title: 'A', required: false, services: [service('stats'), service('tags')] },
  { id: 'functional', title: 'F', required: false, services: [] },
];

describe('choices', () => {
  it('opens with the stored decision, else only the required ones on', () => {
    expect(initialChoices(cats, null)).toEqual({
      necessary: true,
      shop: true,
      analytics: false,
      stats: false,
      tags: false,
      functional: false,
    });
    const decisions = { necessary: true, shop: true, analytics: false, stats: true, tags: false, functional: true };
    expect(initialChoices(cats, { id: 'x', revision: 1, decidedAt: 0, expiresAt: 1, decisions })).toEqual(decisions);
  });

  it('switches a category with its services; a category with services is on when all of them are', () => {
    const off = initialChoices(cats, null);
    const all = switchChoice(cats, off, 'analytics', true);
    expect([all.analytics, all.stats, all.tags]).toEqual([true, true, true]);
    const one = switchChoice(cats, all, 'tags', false);
    expect([one.analytics, one.stats, one.tags]).toEqual([false, true, false]);
    expect(switchChoice(cats, one, 'tags', true).analytics).toBe(true);
    // A category without services is its own switch.
    expect(switchChoice(cats, off, 'functional', true).functional).toBe(true);
  });
});
