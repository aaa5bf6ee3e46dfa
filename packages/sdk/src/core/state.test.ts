import { describe, expect, it } from 'vitest';
import { checkConfig } from './check';
import { resolveConfig } from './resolve';
import { isRequired, resolveDecisions } from './state';

const config = checkConfig({
  revision: 1,
  categories: { necessary: { required: true }, analytics: {}, marketing: {}, empty: {} },
  services: {
    magento: { category: 'necessary' },
    ga4: { category: 'analytics' },
    smartlook: { category: 'analytics' },
    meta: { category: 'marketing' },
  },
}).config!;

describe('resolveDecisions', () => {
  it('refuses everything not named, keeps required ids granted', () => {
    expect(resolveDecisions(config, {})).toEqual({
      necessary: true,
      magento: true,
      analytics: false,
      ga4: false,
      smartlook: false,
      marketing: false,
      meta: false,
      empty: false,
    });
  });

  it('applies a category choice to its services', () => {
    expect(resolveDecisions(config, { analytics: true })).toMatchObject({
      analytics: true,
      ga4: true,
      smartlook: true,
      meta: false,
    });
  });

  it("lets a service's own choice win, and then the category is not granted", () => {
    expect(resolveDecisions(config, { analytics: true, smartlook: false })).toMatchObject({
      analytics: false,
      ga4: true,
      smartlook: false,
    });
    expect(resolveDecisions(config, { ga4: true })).toMatchObject({ analytics: false, ga4: true, smartlook: false });
  });

  it('grants a category when all of its services are granted one by one', () => {
    expect(resolveDecisions(config, { ga4: true, smartlook: true })).toMatchObject({ analytics: true });
  });

  it('cannot refuse a required category', () => {
    expect(resolveDecisions(config, { necessary: false, magento: false })).toMatchObject({
      necessary: true,
      magento: true,
    });
  });

  it('takes a category without services on its own choice', () => {
    expect(resolveDecisions(config, { empty: true }).empty).toBe(true);
  });

  it('knows what is required', () => {
    expect(isRequired(config, 'necessary')).toBe(true);
    expect(isRequired(config, 'magento')).toBe(true);
    expect(isRequired(config, 'ga4')).toBe(false);
    expect(isRequired(config, 'constructor')).toBe(false);
  });

  it('reads only own keys: choices without toString or constructor grant neither', () => {
    const cfg = resolveConfig({
      revision: 1,
      categories: { necessary: { required: true }, analytics: {}, marketing: {} },
      services: {
        stats: { category: 'analytics' },
        toString: { category: 'marketing' },
        constructor: { category: 'marketing' },
      },
    })!;
    expect(resolveDecisions(cfg, { analytics: true })).toEqual({
      necessary: true,
      analytics: true,
      stats: true,
      marketing: false,
      toString: false,
      constructor: false,
    });
  });
});
