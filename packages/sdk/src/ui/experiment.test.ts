import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkConfig } from '../core/check';
import { draw, present, start, textsOf } from './experiment';

afterEach(() => vi.restoreAllMocks());

describe('banner experiments in the UI chunk', () => {
  it('draws each variant from crypto.getRandomValues, with nothing stored', () => {
    const cfg = {
      experiments: { variants: { a: {}, b: { position: 'top' as const }, c: { theme: 'dark' as const } } },
    };
    const random = vi.spyOn(crypto, 'getRandomValues');
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) seen.add(draw(cfg)!.id);
    expect([...seen].sort()).toEqual(['a', 'b', 'c']);
    expect(random).toHaveBeenCalledTimes(200);
    expect(localStorage.length + sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });

  it('picks by the random number: value modulo the number of variants', () => {
    const cfg = { experiments: { variants: { a: {}, b: { position: 'top' as const } } } };
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((a) => ((a as Uint32Array).set([7]), a));
    expect(draw(cfg)).toEqual({ id: 'b', variant: { position: 'top' } });
    expect(draw({})).toBeUndefined();
  });

  it("lays the variant's texts over the config's, per language", () => {
    const texts = textsOf(
      { texts: { en: { title: 'Cookies', customize: 'Settings' } } },
      { texts: { en: { title: 'Cookies?' }, sv: { title: 'Kakor?' } } },
    );
    expect(texts).toEqual({ en: { title: 'Cookies?', customize: 'Settings' }, sv: { title: 'Kakor?' } });
    expect(textsOf({ texts: { en: { title: 'A' } } }, undefined)).toEqual({ en: { title: 'A' } });
  });

  it('shows position and a forced theme as attributes of the host; "auto" sets none', () => {
    const host = document.createElement('div');
    present(host, { position: 'top', theme: 'dark' });
    expect([host.getAttribute('data-position'), host.getAttribute('data-theme')]).toEqual(['top', 'dark']);
    const auto = document.createElement('div');
    present(auto, { theme: 'auto' });
    expect(auto.hasAttribute('data-theme')).toBe(false);
  });
});

describe('start: the banner about to show', () => {
  const cfg = checkConfig({
    revision: 1,
    categories: { necessary: { required: true } },
    experiments: { variants: { a: {}, b: { theme: 'dark', texts: { en: { title: 'Cookies?' } } } } },
  }).config!;
  const root = () => document.createElement('div').attachShadow({ mode: 'open' });

  it('draws a variant for a visitor being asked, shows it and gives its texts', () => {
    vi.spyOn(crypto, 'getRandomValues').mockImplementation((a) => ((a as Uint32Array).set([1]), a));
    const r = root();
    expect(
      start(
        cfg,
        r,
        'en',
        true,
        () => false,
        () => false,
      ),
    ).toEqual({
      id: 'b',
      texts: { en: { title: 'Cookies?' } },
    });
    expect(r.host.getAttribute('data-theme')).toBe('dark');
    expect((r.adoptedStyleSheets?.length ?? 0) + r.querySelectorAll('style').length).toBe(1);
  });

  it('draws nothing for a visitor who already decided (the banner asked for again)', () => {
    const r = root();
    expect(
      start(
        cfg,
        r,
        'en',
        false,
        () => false,
        () => false,
      ),
    ).toBeUndefined();
    expect(r.host.hasAttribute('data-theme')).toBe(false);
  });
});
