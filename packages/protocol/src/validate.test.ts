import { describe, expect, it } from 'vitest';
import { validateSubmission } from './validate.js';

const SITE = 'https://shop.example';
const body = (o: Record<string, unknown> = {}) => ({
  consentId: '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d',
  action: 'accept_all',
  surface: 'banner',
  decisions: { analytics: true },
  revision: 1,
  shownHash: 'f'.repeat(64),
  locale: 'en',
  sdkVersion: '1.0.0',
  gpc: false,
  page: `${SITE}/`,
  clientTime: '2026-12-07T01:00:00.000Z',
  ...o,
});
const error = (o: Record<string, unknown>) => {
  const v = validateSubmission(body(o), { origin: SITE });
  return v.ok ? undefined : v.error;
};

describe('validateSubmission: what a record may contain', () => {
  it('refuses a page not written as the URL parser writes it, naming the form it must have', () => {
    expect(error({ page: `${SITE}/<b>x</b>/./y/../z w` })).toBe(
      `page must be written as the URL parser writes it: ${SITE}/%3Cb%3Ex%3C/b%3E/z%20w`,
    );
    expect(error({ page: SITE })).toBe(`page must be written as the URL parser writes it: ${SITE}/`);
    const v = validateSubmission(body({ page: `${SITE}/%3Cb%3Ex%3C/b%3E/z%20w` }), { origin: SITE });
    expect(v.ok && v.value.page).toBe(`${SITE}/%3Cb%3Ex%3C/b%3E/z%20w`);
  });

  it('refuses credentials and control characters in page', () => {
    expect(error({ page: 'https://u:p@shop.example/' })).toMatch(/credentials/);
    expect(error({ page: 'https://u@shop.example/' })).toMatch(/credentials/);
    for (const c of ['\t', '\n', '\r', '\u0000', '\u007f', '\u0085'])
      expect(error({ page: `${SITE}/a${c}b` })).toMatch(/control characters/);
  });

  it('refuses dates that do not exist, accepts those that do', () => {
    for (const t of [
      '2026-02-31T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '2100-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T23:60:00Z',
      '2026-01-01T23:00:60Z',
      '2026-01-01T00:00:00+24:00',
      '2026-01-01T00:00:00+01:60',
    ])
      expect(error({ clientTime: t }), t).toMatch(/clientTime/);
    for (const t of [
      '2028-02-29T12:00:00Z',
      '2000-02-29T00:00:00.123456789+05:30',
      '2026-12-31T23:59:59-12:00',
      '0099-01-01T00:00:00Z',
    ])
      expect(error({ clientTime: t }), t).toBeUndefined();
  });

  it('takes the consent ids the SDK makes (v4, v7), not the nil UUID or other versions', () => {
    expect(error({ consentId: '00000000-0000-0000-0000-000000000000' })).toMatch(
      /version 4 or 7 \(the nil UUID is reserved for log events\)/,
    );
    expect(error({ consentId: 'c232ab00-9414-11ec-b3c8-9f6bdeced846' })).toMatch(/consentId/); // v1
    expect(error({ consentId: '0b7e4a8c-3f1d-4c2a-1e5b-6d7f8a9b0c1d' })).toMatch(/consentId/); // not the RFC variant
    expect(error({ consentId: crypto.randomUUID() })).toBeUndefined();
    expect(error({ consentId: '01939a8e-6b2c-7d4e-8f01-23456789abcd' })).toBeUndefined();
  });

  it('refuses empty decisions', () => {
    expect(error({ decisions: {} })).toMatch(/at least one/);
  });

  it('takes a variant id and a whole number of milliseconds to the decision, nothing else', () => {
    expect(error({ variant: 'short-title', decisionMs: 0 })).toBeUndefined();
    expect(error({ variant: '0', decisionMs: 86_400_000 })).toBeUndefined();
    for (const variant of ['', 'B', '-a', 'a_b', 'x'.repeat(33), 1, null])
      expect(error({ variant }), String(variant)).toMatch(/^variant must be 1 to 32 lowercase letters/);
    for (const decisionMs of [-1, 1.5, 86_400_001, '100', null, Number.NaN, Infinity])
      expect(error({ decisionMs }), String(decisionMs)).toMatch(
        /^decisionMs must be a whole number of milliseconds from 0 to 86400000/,
      );
  });

  it('takes asked on a reprompt only, as distinct decision ids that decisions name', () => {
    const reprompt = { action: 'reprompt', decisions: { analytics: false, marketing: false, tiktok: false } };
    expect(error({ ...reprompt, asked: ['marketing', 'tiktok'] })).toBeUndefined();
    expect(error({ asked: ['analytics'] })).toMatch(/only for action reprompt/);
    expect(error({ ...reprompt, asked: [] })).toMatch(/non-empty array/);
    expect(error({ ...reprompt, asked: 'marketing' })).toMatch(/non-empty array/);
    expect(error({ ...reprompt, asked: ['marketing', 1] })).toMatch(/malformed id in asked: "1"/);
    expect(error({ ...reprompt, asked: ['<b>'] })).toMatch(/malformed id in asked/);
    expect(error({ ...reprompt, asked: ['ads'] })).toMatch(/asked names ads, which decisions do not/);
    expect(error({ ...reprompt, asked: ['toString'] })).toMatch(/which decisions do not/);
    expect(error({ ...reprompt, asked: ['tiktok', 'tiktok'] })).toMatch(/twice/);
    expect(error({ ...reprompt, asked: ['tiktok', 'tiktok', 'tiktok', 'tiktok'] })).toMatch(/more ids than decisions/);
  });
});
