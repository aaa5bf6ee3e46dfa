import { describe, expect, it, vi } from 'vitest';
import { checkConfig } from '../core/check';
import type { CookiegateApi } from '../core/launcher';
import en from '../i18n/en/banner';
import enDetails from '../i18n/en/details';
import { banner, el, type Ctx } from './banner';
import { buildModel } from './model';

const evil = '<img src=x onerror="window.pwned=1">';

function ctx(ui?: { closeButton?: boolean }) {
  const cfg = checkConfig({
    revision: 1,
    policyUrl: '/privacy',
    categories: { necessary: { required: true }, analytics: {}, marketing: {} },
    services: { stats: { category: 'analytics', vendor: 'Stats ' + evil }, ads: { category: 'marketing' } },
    ...(ui && { ui }),
  }).config!;
  const t = { ...en, ...enDetails };
  const decide = vi.fn();
  const c: Ctx = {
    api: { acceptAll: async () => {}, rejectAll: async () => {} } as CookiegateApi,
    cfg,
    t,
    lang: 'en',
    cats: buildModel(cfg, 'en', t),
    gpc: false,
    decide,
  };
  return { c, decide };
}

describe('banner', () => {
  it('is a labelled region in the visitor language with its texts as text, the vendors one tap away', () => {
    const { c } = ctx();
    const b = banner(c, vi.fn(), vi.fn());
    expect(b.getAttribute('role')).toBe('region');
    expect(b.getAttribute('lang')).toBe('en');
    expect(b.querySelector('#' + b.getAttribute('aria-labelledby'))!.textContent).toBe(en.title);
    expect(b.textContent).toContain('for statistics and marketing.');
    expect(b.textContent).toContain('Stats ' + evil);
    expect(b.querySelector('img')).toBeNull();
    expect(b.querySelector('a')!.getAttribute('href')).toBe('/privacy');
    const more = b.querySelector<HTMLElement>('#cg-more')!;
    const tgl = b.querySelector<HTMLButtonElement>('[aria-controls=cg-more]')!;
    expect([more.hidden, tgl.getAttribute('aria-expanded')]).toEqual([true, 'false']);
    tgl.click();
    expect([more.hidden, tgl.getAttribute('aria-expanded')]).toEqual([false, 'true']);
    tgl.click();
    expect([more.hidden, tgl.getAttribute('aria-expanded')]).toEqual([true, 'false']);
  });

  it('has three equal buttons: accept and reject decide on the banner, customize opens the preferences', () => {
    const { c, decide } = ctx();
    const customize = vi.fn();
    const b = banner(c, customize, vi.fn());
    const buttons = Array.from(b.querySelectorAll<HTMLButtonElement>('button.btn'));
    expect(buttons.map((x) => [x.textContent, x.type])).toEqual([
      [en.acceptAll, 'button'],
      [en.rejectAll, 'button'],
      [en.customize, 'button'],
    ]);
    buttons[0]!.click();
    buttons[1]!.click();
    expect(decide.mock.calls).toEqual([
      ['banner', c.api.acceptAll],
      ['banner', c.api.rejectAll],
    ]);
    buttons[2]!.click();
    expect(customize).toHaveBeenCalledOnce();
  });

  it('has a close button only where configured; it decides nothing', () => {
    expect(banner(ctx().c, vi.fn(), vi.fn()).querySelector('.x')).toBeNull();
    const { c, decide } = ctx({ closeButton: true });
    const close = vi.fn();
    const x = banner(c, vi.fn(), close).querySelector<HTMLButtonElement>('.x')!;
    expect(x.getAttribute('aria-label')).toBe(en.close);
    x.click();
    expect(close).toHaveBeenCalledOnce();
    expect(decide).not.toHaveBeenCalled();
  });
});

describe('el', () => {
  it('puts strings in as text and attributes as values, never as HTML', () => {
    const e = el('p', { title: evil }, evil, false, undefined, el('b', {}, 'x'));
    expect(e.childNodes).toHaveLength(2);
    expect(e.firstChild!.nodeType).toBe(Node.TEXT_NODE);
    expect(e.querySelector('img')).toBeNull();
    expect(e.getAttribute('title')).toBe(evil);
  });
});
