/**
 * The judgements on hand-made evidence: the edges the fixture sites do not reach.
 */
import { describe, expect, test } from 'vitest';
import { c5 } from '../src/checks/banner.mjs';
import { c16 } from '../src/checks/time.mjs';
import { c19 } from '../src/checks/signals.mjs';
import { worst } from '../src/checks/catalogue.mjs';

const button = (over = {}) => ({
  name: 'x',
  role: 'button',
  tag: 'button',
  inText: false,
  box: { width: 100, height: 40 },
  fontSize: 16,
  fontWeight: 400,
  opacity: 1,
  textContrast: 10,
  backgroundContrast: 3,
  ...over,
});
const before = (accept, reject) => ({ ok: true, banner: { shown: true, accept, reject } });

describe('C5', () => {
  test('low contrast fails, a smaller reject warns, equal buttons pass', () => {
    expect(c5(before(button(), button({ textContrast: 3.1 }))).status).toBe('fail');
    expect(c5(before(button(), button({ box: { width: 50, height: 40 } }))).status).toBe('warn');
    expect(c5(before(button(), button({ fontWeight: 300 }))).evidence).toMatch(/font weight/);
    expect(c5(before(button(), button())).status).toBe('pass');
  });
});

describe('C16', () => {
  const accept = (days) => ({ ok: true, clicked: {}, state: {}, consentCookie: { name: 'consent', days } });
  test('over 13 months fails, over 12 warns, a banner that never returns fails', () => {
    expect(c16(accept(500)).status).toBe('fail');
    expect(c16(accept(380)).status).toBe('warn');
    expect(c16(accept(365)).status).toBe('pass');
    expect(c16(accept(365), { ok: true, clicked: {}, days: 404, bannerShown: false, trackers: [] }).status).toBe(
      'fail',
    );
  });
});

describe('C19', () => {
  const phase = (...calls) => ({
    rec: { requests: [], consentCalls: calls.map((args) => ({ kind: 'dataLayer', args })) },
  });
  const denied = {
    ad_storage: 'denied',
    analytics_storage: 'denied',
    ad_user_data: 'denied',
    ad_personalization: 'denied',
  };
  test('config before the default fails; a partial default fails; default first passes', () => {
    expect(c19([phase(['config', 'G-1'], ['consent', 'default', denied])]).status).toBe('fail');
    expect(c19([phase(['consent', 'default', { ad_storage: 'denied' }], ['config', 'G-1'])]).status).toBe('fail');
    expect(c19([phase(['consent', 'default', denied], ['js', 1], ['config', 'G-1'])]).status).toBe('pass');
  });
});

describe('viewports', () => {
  test('the worst status wins and each viewport’s evidence is kept', () => {
    const r = (status, evidence) => ({ id: 'C4', status, title: 't', evidence, source: 's' });
    const w = worst([
      { label: 'a', result: r('pass', 'fine') },
      { label: 'b', result: r('fail', 'broken') },
    ]);
    expect(w.status).toBe('fail');
    expect(w.evidence).toBe('a: fine | b: broken');
  });
});
