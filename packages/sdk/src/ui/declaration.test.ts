import { describe, expect, it, vi } from 'vitest';
import { checkConfig } from '../core/check';
import type { CookiegateApi } from '../core/launcher';
import type { ConsentState } from '../core/state';
import en from '../i18n/en/banner';
import enDetails from '../i18n/en/details';
import type { Ctx } from './banner';
import { showDeclaration } from './declaration';
import { buildModel, cookiesOf } from './model';

const evil = '<img src=x onerror="window.pwned=1">';

function declaration() {
  const cfg = checkConfig({
    revision: 1,
    consentDays: 180,
    refusalDays: 365,
    categories: { necessary: { required: true }, analytics: { description: 'Stats ' + evil } },
    services: {
      stats: { category: 'analytics', vendor: 'Stats ' + evil, cookies: [{ name: '_st', lifetime: 'P2Y' }] },
    },
  }).config!;
  const t = { ...en, ...enDetails };
  const showPreferences = vi.fn();
  const ctx: Ctx = {
    api: { showPreferences } as unknown as CookiegateApi,
    cfg,
    t,
    lang: 'en',
    cats: buildModel(cfg, 'en', t, undefined, cookiesOf),
    gpc: false,
    decide: vi.fn(),
  };
  const host = document.body.appendChild(document.createElement('div'));
  const root = host.attachShadow({ mode: 'open' });
  return { root, ctx, showPreferences };
}

const consent = (analytics: boolean): ConsentState => ({
  id: 'x',
  revision: 1,
  decidedAt: 0,
  expiresAt: 1,
  decisions: { necessary: true, analytics, stats: analytics },
});

describe('declaration', () => {
  it('lists every category with its cookies (the consent cookie with the required ones) and the choice, as text', () => {
    const { root, ctx } = declaration();
    showDeclaration(root, ctx, null);
    const sections = Array.from(root.querySelectorAll('section'));
    expect(sections.map((s) => s.dataset.category)).toEqual(['necessary', 'analytics']);
    const rows = (s: Element) =>
      Array.from(s.querySelectorAll('tbody tr'), (r) => Array.from(r.children, (c) => c.textContent));
    // The consent cookie lives as long as the longer of a consent and a refusal.
    expect(rows(sections[0]!)).toEqual([
      ['cookiegate', 'cookiegate', '365 days', location.hostname, enDetails.consentCookie],
    ]);
    expect(rows(sections[1]!)).toEqual([['Stats (Stats ' + evil + ')', '_st', '2 years', location.hostname, '–']]);
    expect(sections.map((s) => s.querySelector('p:not(.d)')!.textContent)).toEqual([
      'Your choice: Always on',
      'Your choice: Not chosen yet',
    ]);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.decl')!.getAttribute('lang')).toBe('en');
  });

  it('shows each new decision, keeping its button (and focus on it)', () => {
    const { root, ctx, showPreferences } = declaration();
    showDeclaration(root, ctx, null);
    const button = root.querySelector('button')!;
    button.focus();
    button.click();
    expect(showPreferences).toHaveBeenCalledOnce();
    showDeclaration(root, ctx, consent(true));
    expect(root.querySelector('section[data-category=analytics]')!.textContent).toContain('Your choice: Allowed');
    showDeclaration(root, ctx, consent(false));
    expect(root.querySelector('section[data-category=analytics]')!.textContent).toContain('Your choice: Refused');
    expect(root.querySelectorAll('.decl')).toHaveLength(1);
    expect(root.querySelectorAll('section')).toHaveLength(2);
    expect(root.querySelector('button')).toBe(button);
    expect(root.activeElement).toBe(button);
  });
});
