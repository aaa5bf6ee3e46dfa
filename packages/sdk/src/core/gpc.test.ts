import { afterEach, describe, expect, it } from 'vitest';
import { checkConfig } from './check';
import { AD, consentTypes } from './consent-mode';
import { decodeConsent, encodeConsent } from './cookie';
import { gpcChoices, gpcDenied, gpcOn } from './gpc';

const { config } = checkConfig({
  revision: 1,
  categories: { necessary: { required: true }, analytics: {}, marknad: {} },
  services: {
    ga4: { preset: 'google-analytics' },
    ads: { preset: 'google-ads', category: 'marknad' },
    meta: { preset: 'meta-pixel', category: 'marknad' },
  },
});
const cfg = config!;
const setGpc = (v: boolean | undefined) =>
  Object.defineProperty(navigator, 'globalPrivacyControl', { value: v, configurable: true });
afterEach(() => setGpc(undefined));

const state = {
  id: '8c2f4a1e-3b7d-4c9a-9e1f-0a2b3c4d5e6f',
  revision: 1,
  decidedAt: 1_700_000_000_000,
  expiresAt: 1_700_000_000_000 + 864e5 * 365,
  decisions: { necessary: true, analytics: true, ga4: true, marknad: false, ads: false, meta: false },
};

describe('GPC', () => {
  it('is on only when navigator.globalPrivacyControl is exactly true', () => {
    expect(gpcOn()).toBe(false);
    setGpc(true);
    expect(gpcOn()).toBe(true);
  });

  it('keeps the advertising categories (by their Google consent types) and their services refused on "accept all"', () => {
    expect(gpcDenied(cfg).sort()).toEqual(['ads', 'marknad', 'meta']);
    expect(gpcChoices(cfg, { consentTypes, AD })).toEqual({});
    setGpc(true);
    expect(gpcChoices(cfg, { consentTypes, AD })).toEqual({ marknad: false, ads: false, meta: false });
  });
});

describe('consent cookie with the GPC flag', () => {
  const now = state.decidedAt + 1000;
  it('writes format 2 with a "g" flag when GPC was seen, and reads it back', () => {
    const value = encodeConsent({ ...state, gpc: true });
    expect(value.split('.')[0]).toBe('2');
    expect(value.split('.')[5]).toBe('g');
    expect(decodeConsent(value, cfg, now)).toEqual({ ...state, gpc: true });
  });

  it('keeps writing format 1 without flags, and format 1 cookies stay readable', () => {
    const value = encodeConsent(state);
    expect(value.split('.')).toHaveLength(8);
    expect(value.split('.')[0]).toBe('1');
    expect(decodeConsent(value, cfg, now)).toEqual(state);
  });

  it('rejects a format 2 cookie whose flag was edited, or with a wrong number of fields', () => {
    const value = encodeConsent({ ...state, gpc: true });
    expect(decodeConsent(value.replace('.g.', '..'), cfg, now)).toBeNull();
    expect(decodeConsent('1' + value.slice(1), cfg, now)).toBeNull();
  });
});
