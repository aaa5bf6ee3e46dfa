import { expect, it, vi } from 'vitest';
import { init } from '../core/init';

// The ESM build: init(config, { ui: () => import('cookiegate/ui') }) shows the banner on a first visit.
it('the ESM build loads the UI lazily through init(config, { ui })', async () => {
  document.documentElement.lang = 'en';
  const load = vi.fn(() => import('../entries/ui'));
  const { errors } = init(
    {
      revision: 1,
      categories: { necessary: { required: true }, analytics: {} },
      services: { ga: { category: 'analytics', preset: 'google-analytics' } },
      ui: { nonce: 'n0' },
    },
    { ui: load },
  );
  expect(errors).toEqual([]);
  expect(load).toHaveBeenCalledTimes(1);
  // The lazy import compiles the UI and the presets' texts on first use: give a loaded machine time.
  const host = await vi.waitFor(
    () => {
      const h = document.querySelector('cookiegate-ui');
      expect(h?.shadowRoot?.querySelector('.ban')).toBeTruthy();
      return h!;
    },
    { timeout: 10_000 },
  );
  const banner = host.shadowRoot!.querySelector('.ban')!;
  expect(banner.textContent).toContain('Google Ireland Ltd');
  expect(Array.from(banner.querySelectorAll('.btn'), (b) => b.textContent)).toEqual([
    'Accept all',
    'Reject all',
    'Customize',
  ]);
  // Where constructable stylesheets are missing, the styles come in <style> elements with the config's nonce.
  const styled = 'adoptedStyleSheets' in host.shadowRoot! && host.shadowRoot!.adoptedStyleSheets.length > 0;
  // (The host's, the floating button's and the UI's.)
  if (!styled)
    expect(Array.from(host.shadowRoot!.querySelectorAll('style'), (s) => s.nonce)).toEqual(['n0', 'n0', 'n0']);
  // The wait above may take its 10 s on a loaded machine (every language's texts are compiled).
}, 20_000);
