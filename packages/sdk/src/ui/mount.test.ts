import { describe, expect, it, vi } from 'vitest';
import { checkConfig } from '../core/check';
import type { CookiegateApi } from '../core/launcher';
import type { ConsentState } from '../core/state';
import en from '../i18n/en/banner';
import enDetails from '../i18n/en/details';
import sv from '../i18n/sv/banner';
import svDetails from '../i18n/sv/details';
import { makeDetails } from './details';
import { buildModel, cookiesOf } from './model';
import { createUi } from './mount';

// jsdom has no modal dialogs.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};

const evil = '<img src=x onerror="window.pwned=1">';
const input = {
  revision: 1,
  policyUrl: 'javascript:alert(1)',
  categories: {
    necessary: { required: true },
    analytics: { title: { sv: 'Analys ' + evil, en: 'Analytics' } },
    marketing: {},
  },
  services: {
    stats: {
      category: 'analytics',
      vendor: 'Stats <b>AB</b>',
      privacyUrl: 'https://stats.example/p',
      cookies: ['_st', { name: '_st_id', lifetime: 'P2Y', purpose: { sv: 'Räknar ' + evil } }],
      storage: ['st_*'],
    },
    ga: { category: 'marketing', preset: 'google-analytics', title: 'Min GA' },
  },
  texts: { sv: { title: 'Vi använder kakor ' + evil } },
};

function fakeApi(consent: ConsentState | null = null) {
  const config = checkConfig(input).config!;
  const calls: unknown[][] = [];
  const api: CookiegateApi = {
    accepted: () => false,
    acceptAll: async (c) => void calls.push(['acceptAll', c]),
    rejectAll: async (c) => void calls.push(['rejectAll', c]),
    save: async (ch, c) => void calls.push(['save', ch, c]),
    reset: async () => {},
    getConsent: () => consent,
    getConfig: () => config,
    onChange: () => () => {},
    showBanner: () => {},
    showPreferences: () => {},
  };
  return { api, calls, config };
}

// A preset lookup in one language, as the UI's presets file gives it.
const preset = (lang: 'sv' | 'en') => (id: string) =>
  id == 'google-analytics'
    ? {
        vendor: 'Google Ireland Ltd',
        title: 'Google Analytics',
        purpose: { sv: 'Besöksstatistik', en: 'Visitor statistics' }[lang],
        description: 'desc',
        privacyUrl: 'https://policies.google.com/privacy',
        cookies: [
          { name: '_ga', lifetime: 'P2Y', purpose: { sv: 'Skiljer besökare åt', en: 'Tells visitors apart' }[lang] },
        ],
      }
    : undefined;

const dialog = (root: ShadowRoot) => vi.waitFor(() => expect(root.querySelector('dialog')).not.toBeNull());

function mount(consent: ConsentState | null = null) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const f = fakeApi(consent);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const ui = createUi(f.api, root, 'sv', sv, preset('sv'), () => Promise.resolve(makeDetails(preset('sv'), svDetails)));
  return { ...f, root, ui };
}

/** A re-prompt's state: everything refused until answered, `asked` the ids asked about. */
const asking = (asked: string[]): ConsentState => ({
  id: '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d',
  revision: 2,
  decidedAt: 0,
  expiresAt: 1e13,
  decisions: { necessary: true, analytics: false, stats: false, marketing: false, ga: false },
  asked,
});

describe('UI', () => {
  it('renders config texts as text, never as HTML, and drops javascript: links', async () => {
    const { root, ui } = mount();
    ui.open('banner');
    const banner = root.querySelector('.ban')!;
    expect(banner.querySelector('h2')!.textContent).toBe('Vi använder kakor ' + evil);
    expect(banner.textContent).toContain('analys ' + evil.toLowerCase());
    expect(banner.textContent).toContain('Stats <b>AB</b>');
    expect(root.querySelector('img, b')).toBeNull();
    expect(banner.querySelector('a')).toBeNull();
    ui.open('preferences');
    await dialog(root);
    expect(root.querySelector('img, b')).toBeNull();
    expect(root.textContent).toContain('Räknar ' + evil);
    expect((window as any).pwned).toBeUndefined();
  });

  it('has three buttons on the banner and nothing pre-ticked in the preferences', async () => {
    const { root, ui } = mount();
    ui.open('banner');
    expect(Array.from(root.querySelectorAll('.ban .btn'), (b) => b.textContent)).toEqual([
      'Acceptera alla',
      'Avvisa alla',
      'Anpassa',
    ]);
    ui.open('preferences');
    await dialog(root);
    const switches = Array.from(root.querySelectorAll<HTMLInputElement>('input[role=switch]'));
    expect(switches.map((s) => [s.id, s.checked, s.disabled])).toEqual([
      ['cg-necessary', true, true],
      ['cg-analytics', false, false],
      ['cg-stats', false, false],
      ['cg-marketing', false, false],
      ['cg-ga', false, false],
    ]);
  });

  it('on a re-prompt, the banner names only what is asked, with Accept / Reject for it; Customize still shows all', async () => {
    const { root, ui, calls } = mount(asking(['marketing', 'ga']));
    ui.open('banner');
    // The re-prompt's texts come with the details.
    await vi.waitFor(() => expect(root.querySelector('.ban')).not.toBeNull());
    const banner = root.querySelector('.ban')!;
    expect(banner.querySelector('h2')!.textContent).toBe('Något nytt sedan ditt senaste val');
    expect(banner.textContent).toContain('för marknadsföring. Dina övriga val gäller som förut.');
    expect(banner.textContent).toContain('Google Ireland Ltd');
    expect(banner.textContent).not.toContain('analys');
    expect(banner.textContent).not.toContain('Stats');
    const buttons = Array.from(root.querySelectorAll<HTMLButtonElement>('.ban .btn'));
    expect(buttons.map((b) => b.textContent)).toEqual(['Acceptera', 'Avvisa', 'Anpassa']);
    buttons[0]!.click();
    // Only what was asked is granted; the rest as it was (stored as a custom choice).
    await vi.waitFor(() => expect(calls[0]?.[0]).toBe('save'));
    expect(calls[0]![1]).toEqual({ necessary: true, analytics: false, stats: false, marketing: true, ga: true });
    expect(calls[0]![2]).toMatchObject({ surface: 'banner' });
    ui.open('preferences');
    await dialog(root);
    expect(root.querySelectorAll('input[role=switch]')).toHaveLength(5);
  });

  it('on a re-prompt under Global Privacy Control, Accept leaves the advertising purposes refused', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { value: true, configurable: true });
    try {
      const { root, ui, calls } = mount(asking(['analytics', 'stats', 'marketing', 'ga']));
      ui.open('banner');
      await vi.waitFor(() => expect(root.querySelector('.ban .btn')).not.toBeNull());
      root.querySelector<HTMLButtonElement>('.ban .btn')!.click();
      await vi.waitFor(() => expect(calls[0]?.[0]).toBe('save'));
      expect(calls[0]![1]).toEqual({ necessary: true, analytics: true, stats: true, marketing: false, ga: false });
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('shows the stored choice after a decision', async () => {
    const { root, ui } = mount({
      id: 'x',
      revision: 1,
      decidedAt: 0,
      expiresAt: 1,
      decisions: { necessary: true, analytics: true, stats: true, marketing: false, ga: false },
    });
    ui.open('preferences');
    await dialog(root);
    const on = Array.from(root.querySelectorAll<HTMLInputElement>('input[role=switch]'), (s) => s.checked);
    expect(on).toEqual([true, true, true, false, false]);
  });

  it('passes the surface, the locale and the shown hash with each decision', async () => {
    const { root, ui, calls } = mount();
    ui.open('banner');
    root.querySelectorAll<HTMLButtonElement>('.ban .btn')[1]!.click();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]![0]).toBe('rejectAll');
    expect(calls[0]![1]).toMatchObject({
      surface: 'banner',
      locale: 'sv',
      shownHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });

  it('stores the switched choices with Save', async () => {
    const { root, ui, calls } = mount();
    ui.open('preferences', 'floating');
    await dialog(root);
    const stats = root.querySelector<HTMLInputElement>('#cg-stats')!;
    stats.click();
    root.querySelectorAll<HTMLButtonElement>('.ft button')[2]!.click();
    await vi.waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]![1]).toEqual({ necessary: true, analytics: true, stats: true, marketing: false, ga: false });
    expect(calls[0]![2]).toMatchObject({ surface: 'floating' });
  });
});

describe('model', () => {
  it('merges presets with the config (config wins) and names categories', () => {
    const cfg = checkConfig(input).config!;
    const cats = buildModel(cfg, 'en', { ...en, ...enDetails }, preset('en'), cookiesOf);
    expect(cats.map((c) => c.title)).toEqual(['Necessary', 'Analytics', 'Marketing']);
    const ga = cats[2]!.services[0]!;
    expect(ga).toMatchObject({
      title: 'Min GA',
      vendor: 'Google Ireland Ltd',
      purpose: 'Visitor statistics',
      privacyUrl: 'https://policies.google.com/privacy',
    });
    expect(ga.cookies).toContainEqual({
      name: '_ga',
      lifetime: 'P2Y',
      domain: undefined,
      purpose: 'Tells visitors apart',
      storage: false,
      preset: false,
    });
    const stats = cats[1]!.services[0]!;
    expect(stats.cookies.map((c) => c.name)).toEqual(['_st', '_st_id', 'st_*']);
    expect(stats.cookies[2]).toEqual({ name: 'st_*', storage: true, preset: false });
  });

  it("lists the declared cookies (config, else the preset's blocking list) first, then the preset's other usual ones marked; a service under its own vendor never gets the preset's privacy link", () => {
    const cfg = checkConfig({
      ...input,
      services: {
        mine: {
          category: 'marketing',
          preset: 'google-analytics',
          vendor: 'Shop AB',
          cookies: ['own', { name: '_ga', purpose: 'Ours' }],
        },
        withUrl: { category: 'marketing', preset: 'google-analytics', vendor: 'Shop AB', privacyUrl: '/privacy' },
      },
    }).config!;
    // The preset's table also lists _gid, which its blocking list (and so the config) does not.
    const withGid = (id: string) => ({
      ...preset('en')(id)!,
      cookies: [...preset('en')(id)!.cookies, { name: '_gid', lifetime: 'P1D', purpose: 'Also' }],
    });
    const [mine, withUrl] = buildModel(cfg, 'en', { ...en, ...enDetails }, withGid, cookiesOf)[2]!.services;
    expect(mine!.cookies.map((c) => [c.name, c.preset, c.purpose])).toEqual([
      ['own', false, undefined],
      ['_ga', false, 'Ours'],
      ['_gid', true, 'Also'],
    ]);
    expect(withUrl!.cookies.map((c) => [c.name, c.preset])).toEqual([
      ['_ga', false],
      ['_ga_*', false],
      ['_gid', true],
    ]);
    expect(mine!.privacyUrl).toBeUndefined();
    expect(withUrl!.privacyUrl).toBe('/privacy');
  });
});
