import { describe, expect, it } from 'vitest';
import { checkConfig } from './check';
import type { CookiegateConfig } from './config';
import { encodeConsent } from './cookie';
import { planReprompt, readStale, stalePlan } from './reprompt';
import { resolveDecisions } from './state';

// Revision 1 of a shop: necessary, analytics (ga4, hotjar), marketing (meta).
const r1: CookiegateConfig = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: {}, marketing: {} },
  services: {
    magento: { category: 'necessary' },
    ga4: { category: 'analytics' },
    hotjar: { category: 'analytics' },
    meta: { category: 'marketing' },
  },
};
const load = (c: CookiegateConfig) => {
  const { config, problems } = checkConfig(c);
  expect(problems).toEqual([]);
  return config!;
};
/** A decision on revision 1, as its cookie stores it (every id of revision 1). */
const decided = (choices: Record<string, boolean>) => ({
  revision: 1,
  decisions: resolveDecisions(load(r1), choices),
});
const refusedAnalytics = decided({ analytics: false, marketing: true });
const acceptedAll = decided({ analytics: true, marketing: true });
const rejectedAll = decided({});

describe('planReprompt', () => {
  it('a revision that only changed texts asks nothing and keeps every decision', () => {
    const r2 = load({ ...r1, revision: 2, categories: { ...r1.categories, analytics: { title: 'Statistics' } } });
    for (const d of [refusedAnalytics, acceptedAll, rejectedAll]) {
      const plan = planReprompt(r2, d);
      expect(plan.asked).toEqual([]);
      expect(resolveDecisions(r2, plan.choices)).toEqual(d.decisions);
    }
  });

  it('a service added to a category the visitor accepted is asked about, alone; a refusal elsewhere stands', () => {
    const r2 = load({ ...r1, revision: 2, services: { ...r1.services, tiktok: { category: 'marketing' } } });
    const plan = planReprompt(r2, refusedAnalytics);
    expect(plan.asked).toEqual(['tiktok']);
    expect(resolveDecisions(r2, plan.choices)).toEqual({
      necessary: true,
      magento: true,
      analytics: false,
      ga4: false,
      hotjar: false,
      // Not all of its services granted while tiktok is asked: the category waits too.
      marketing: false,
      meta: true,
      tiktok: false,
    });
    // Accepted all: asked about the new vendor only, everything else stays granted.
    const all = planReprompt(r2, acceptedAll);
    expect(all.asked).toEqual(['tiktok']);
    expect(resolveDecisions(r2, { ...all.choices, tiktok: true })).toEqual(
      resolveDecisions(r2, { analytics: true, marketing: true }),
    );
  });

  it('a service added to a category the visitor refused as a whole stays refused, unasked', () => {
    const r2 = load({ ...r1, revision: 2, services: { ...r1.services, clarity: { category: 'analytics' } } });
    const plan = planReprompt(r2, refusedAnalytics);
    expect(plan.asked).toEqual([]);
    expect(resolveDecisions(r2, plan.choices)).toMatchObject({ analytics: false, clarity: false, meta: true });
    // Partly accepted (ga4 yes, hotjar no): the new one is asked about.
    expect(planReprompt(r2, decided({ ga4: true, marketing: true })).asked).toEqual(['clarity']);
  });

  it('a new category is a new purpose: asked about with its services, even after a refusal of everything', () => {
    const r2 = load({
      ...r1,
      revision: 2,
      categories: { ...r1.categories, personalisation: {} },
      services: { ...r1.services, klaviyo: { category: 'personalisation' } },
    });
    const plan = planReprompt(r2, rejectedAll);
    expect(plan.asked).toEqual(['personalisation', 'klaviyo']);
    expect(resolveDecisions(r2, plan.choices)).toEqual(resolveDecisions(r2, {}));
  });

  it('purposeChanged later than the decision asks again (a category with its services); earlier or equal does not', () => {
    const cat = (n: number) =>
      load({ ...r1, revision: 3, categories: { ...r1.categories, analytics: { purposeChanged: n } } });
    expect(planReprompt(cat(2), refusedAnalytics).asked).toEqual(['analytics', 'ga4', 'hotjar']);
    expect(planReprompt(cat(1), refusedAnalytics).asked).toEqual([]);
    const svc = load({
      ...r1,
      revision: 3,
      services: { ...r1.services, meta: { category: 'marketing', purposeChanged: 3 } },
    });
    const plan = planReprompt(svc, acceptedAll);
    expect(plan.asked).toEqual(['meta']);
    // Until answered, the changed purpose is refused; the rest stays granted.
    expect(resolveDecisions(svc, plan.choices)).toMatchObject({
      meta: false,
      ga4: true,
      hotjar: true,
      analytics: true,
    });
    // A decision made on revision 3 itself is not asked again.
    expect(planReprompt(svc, { ...acceptedAll, revision: 3 }).asked).toEqual([]);
  });

  it('never asks about required categories, and ignores ids the config dropped', () => {
    const r2 = load({
      ...r1,
      revision: 2,
      categories: { necessary: { required: true, purposeChanged: 2 }, analytics: {} },
      services: { magento: { category: 'necessary' }, ga4: { category: 'analytics' } },
    });
    const plan = planReprompt(r2, refusedAnalytics);
    expect(plan.asked).toEqual([]);
    expect(Object.keys(plan.choices).sort()).toEqual(['ga4']);
  });

  it('reads the decision by own keys only: an id named like a prototype property is not decided', () => {
    const r2 = load({ ...r1, revision: 2, services: { ...r1.services, tostring: { category: 'marketing' } } });
    const decisions = Object.assign(Object.create(null), refusedAnalytics.decisions);
    expect(planReprompt(r2, { revision: 1, decisions }).asked).toEqual(['tostring']);
  });
});

describe('readStale and stalePlan (the stored decision of another revision)', () => {
  const id = '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d';
  const now = Date.UTC(2026, 11, 7);
  const stored = {
    id,
    revision: 1,
    decidedAt: now - 864e5,
    expiresAt: now + 200 * 864e5,
    decisions: { ...refusedAnalytics.decisions, dropped: true },
    gpc: true,
  };
  const set = (v: string) => (document.cookie = 'cookiegate=' + v + '; path=/');
  const r2 = load({ ...r1, revision: 2, services: { ...r1.services, tiktok: { category: 'marketing' } } });

  it('reads it as it was stored (its own ids, no prototype); never this revision, an expired or a tampered one', () => {
    set(encodeConsent(stored));
    expect(readStale(r2, now)).toEqual(stored);
    expect(Object.getPrototypeOf(readStale(r2, now)!.decisions)).toBeNull();
    expect(readStale(r2, stored.expiresAt)).toBeNull();
    expect(readStale(load(r1), now)).toBeNull();
    set(encodeConsent(stored).replace('.1.', '.3.'));
    expect(readStale(r2, now)).toBeNull();
  });

  it('carries the decision to this revision with its id, time and expiry; asks what is new', () => {
    set(encodeConsent(stored));
    const { state, asked, kept } = stalePlan(r2, 'other', now);
    expect({ asked, kept }).toEqual({ asked: ['tiktok'], kept: true });
    expect(state).toMatchObject({
      id,
      revision: 2,
      decidedAt: stored.decidedAt,
      expiresAt: stored.expiresAt,
      gpc: true,
    });
    expect(state.decisions).toMatchObject({ analytics: false, meta: true, tiktok: false });
    expect('dropped' in state.decisions).toBe(false);
  });

  it('keeps nothing when the decision expired, or when everything is new: everything is asked', () => {
    set(encodeConsent({ ...stored, expiresAt: now - 1000 }));
    expect(stalePlan(r2, id, now)).toMatchObject({ kept: false, state: { id, revision: 2 } });
    expect(stalePlan(r2, id, now).asked).toEqual(['analytics', 'marketing', 'ga4', 'hotjar', 'meta', 'tiktok']);
    set(encodeConsent(stored));
    const changed = load({
      ...r1,
      revision: 2,
      categories: { ...r1.categories, analytics: { purposeChanged: 2 }, marketing: { purposeChanged: 2 } },
    });
    expect(stalePlan(changed, id, now)).toMatchObject({ kept: false });
  });
});
