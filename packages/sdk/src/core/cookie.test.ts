import { describe, expect, it } from 'vitest';
import { decodeConsent, encodeConsent } from './cookie';
import { checkConfig } from './check';
import type { ConsentState } from './state';

const config = checkConfig({
  revision: 3,
  categories: { necessary: { required: true }, analytics: {} },
  services: {
    magento: { category: 'necessary' },
    ga4: { category: 'analytics' },
    smartlook: { category: 'analytics' },
  },
}).config!;
const now = Date.UTC(2026, 10, 22);
const state: ConsentState = {
  id: '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d',
  revision: 3,
  decidedAt: now,
  expiresAt: now + 365 * 864e5,
  decisions: { necessary: true, analytics: false, magento: true, ga4: true, smartlook: false },
};

describe('consent cookie', () => {
  it('round-trips a decision', () => {
    const value = encodeConsent(state);
    expect(value).toMatch(/^1\.0b7e4a8c-[\w-]+\.3\.\w+\.\w+\.[\w+-]*\.[\w+-]*\.\w+$/);
    expect(decodeConsent(value, config, now + 1000)).toEqual(state);
  });

  it('is short enough for one cookie', () => {
    expect(encodeConsent(state).length).toBeLessThan(150);
  });

  it('rejects a tampered value', () => {
    const value = encodeConsent(state);
    const tampered = value.replace('.necessary+magento+ga4.', '.necessary+analytics+magento+ga4+smartlook.');
    expect(tampered).not.toBe(value);
    expect(decodeConsent(tampered, config, now)).toBeNull();
  });

  it('rejects an expired decision', () => {
    const value = encodeConsent(state);
    expect(decodeConsent(value, config, state.expiresAt - 1000)).not.toBeNull();
    expect(decodeConsent(value, config, state.expiresAt)).toBeNull();
  });

  it('rejects a decision of another revision', () => {
    expect(decodeConsent(encodeConsent({ ...state, revision: 2 }), config, now)).toBeNull();
  });

  it('rejects other format versions, garbage and nothing', () => {
    const value = encodeConsent(state);
    expect(decodeConsent('2' + value.slice(1), config, now)).toBeNull();
    expect(decodeConsent('garbage', config, now)).toBeNull();
    expect(decodeConsent('', config, now)).toBeNull();
    expect(decodeConsent(undefined, config, now)).toBeNull();
  });

  it('asks again when a configured service was never decided on', () => {
    const { smartlook: _, ...rest } = state.decisions;
    expect(decodeConsent(encodeConsent({ ...state, decisions: rest }), config, now)).toBeNull();
  });

  it('ignores ids that are no longer configured and keeps required ones granted', () => {
    const decoded = decodeConsent(
      encodeConsent({ ...state, decisions: { ...state.decisions, gone: true, magento: false } }),
      config,
      now,
    );
    expect(decoded?.decisions).toEqual(state.decisions);
  });
});
