import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkConfig } from './check';
import { PRESETS } from '../services/blocking';
import { readConfig } from './resolve';

const config = {
  revision: 1,
  categories: { necessary: { required: true }, analytics: {} },
  services: {
    magento: { category: 'necessary' as const, cookies: ['PHPSESSID'] },
    ga4: { category: 'analytics', cookies: ['_ga', '_ga_*'], storage: ['ga_*'] },
    smartlook: { category: 'analytics', cookies: ['SL_C_*'] },
  },
  reloadOnWithdraw: false,
};

// api.ts holds the page's single state: load a fresh copy for every test.
async function fresh() {
  vi.resetModules();
  const api = await import('./api');
  const writer = await import('./decide');
  const report = vi.fn();
  return {
    api,
    report,
    // As init() does: the config checked at once.
    start: (c: unknown = config) =>
      api.start(readConfig(c, PRESETS), checkConfig(c).problems, report, () => Promise.resolve(writer), undefined, {
        PRESETS,
      }),
  };
}

const clearCookies = () => {
  for (const c of document.cookie.split('; ')) if (c) document.cookie = c.split('=')[0] + '=; max-age=0; path=/';
};

beforeEach(() => {
  clearCookies();
  localStorage.clear();
});
afterEach(clearCookies);

describe('JS API', () => {
  it('refuses everything but required ids before a decision', async () => {
    const { api, start } = await fresh();
    start();
    expect(api.getConsent()).toBeNull();
    expect(api.accepted('necessary')).toBe(true);
    expect(api.accepted('magento')).toBe(true);
    expect(api.accepted('analytics')).toBe(false);
    expect(api.accepted('ga4')).toBe(false);
    expect(api.accepted('unknown')).toBe(false);
  });

  it('grants with acceptAll and stores the decision in the consent cookie', async () => {
    const { api, start } = await fresh();
    start();
    await api.acceptAll();
    expect(api.accepted('analytics')).toBe(true);
    expect(api.accepted('smartlook')).toBe(true);
    const c = api.getConsent()!;
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.expiresAt - c.decidedAt).toBe(365 * 864e5);
    expect(document.cookie).toMatch(/cookiegate=1\./);

    // A new page load reads the same decision back.
    const again = await fresh();
    again.start();
    expect(again.api.getConsent()).toEqual(c);
  });

  it('saves per category or service, keeps the consent id, and reports each change', async () => {
    const { api, start } = await fresh();
    start();
    const seen: Array<[boolean | undefined, boolean | undefined]> = [];
    const events: unknown[] = [];
    api.onChange((c, prev) => seen.push([c?.decisions.ga4, prev?.decisions.ga4]));
    const onEvent = (e: Event) => events.push((e as CustomEvent).detail.consent.decisions.ga4);
    document.addEventListener('cookiegate:change', onEvent);
    await api.save({ ga4: true });
    const id = api.getConsent()!.id;
    expect(api.accepted('ga4')).toBe(true);
    expect(api.accepted('analytics')).toBe(false);
    await api.save({ analytics: true, smartlook: false });
    expect(api.getConsent()!.id).toBe(id);
    expect(seen).toEqual([
      [true, undefined],
      [true, true],
    ]);
    expect(events).toEqual([true, true]);
    document.removeEventListener('cookiegate:change', onEvent);
  });

  it('rejects unknown ids and non-boolean values without storing anything', async () => {
    const { api, start } = await fresh();
    start();
    await expect(api.save({ analytic: true })).rejects.toThrow(
      'cookiegate.save: "analytic" is not a category or service; expected one of necessary, analytics, magento, ga4, smartlook',
    );
    await expect(api.save({ ga4: 'yes' as unknown as boolean })).rejects.toThrow(
      'cookiegate.save: ga4: expected true or false, got "yes"',
    );
    expect(api.getConsent()).toBeNull();
  });

  it('remembers a refusal for refusalDays', async () => {
    const { api, start } = await fresh();
    start({ ...config, refusalDays: 200 });
    await api.rejectAll();
    const c = api.getConsent()!;
    expect(c.decisions).toMatchObject({ analytics: false, ga4: false, necessary: true });
    expect(c.expiresAt - c.decidedAt).toBe(200 * 864e5);
  });

  it('removes the traces of refused services and forgets on reset', async () => {
    const { api, start } = await fresh();
    start();
    await api.acceptAll();
    document.cookie = '_ga=1; path=/';
    document.cookie = '_ga_XYZ=1; path=/';
    document.cookie = 'SL_C_abc=1; path=/';
    localStorage.setItem('ga_state', '1');
    await api.save({ smartlook: true });
    expect(document.cookie).not.toMatch(/_ga/);
    expect(document.cookie).toMatch(/SL_C_abc/);
    expect(localStorage.getItem('ga_state')).toBeNull();
    await api.reset();
    expect(api.getConsent()).toBeNull();
    expect(document.cookie).not.toMatch(/cookiegate=|SL_C_abc/);
  });

  it('reloads after a withdrawal unless told not to', async () => {
    const { api, start } = await fresh();
    const reload = vi.fn();
    vi.stubGlobal('location', { ...window.location, reload, protocol: 'http:', hostname: 'localhost' });
    start({ ...config, reloadOnWithdraw: true });
    await api.acceptAll();
    expect(reload).not.toHaveBeenCalled();
    await api.rejectAll();
    expect(reload).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('fails closed on an invalid config', async () => {
    const { api, start, report } = await fresh();
    start({ revision: 1, categories: {} });
    expect(api.getConfig()).toBeNull();
    expect(report.mock.calls[0][0][0]).toMatchObject({ path: 'categories' });
    expect(api.accepted('necessary')).toBe(false);
    await expect(api.acceptAll()).rejects.toThrow(/invalid config/);
  });

  it('with a config still being checked, grants nothing, then reads the stored decision once it is valid', async () => {
    const { api, start } = await fresh();
    start();
    await api.acceptAll();
    const again = await fresh();
    let done!: (p: unknown[]) => void;
    again.api.start(
      readConfig(config, PRESETS),
      new Promise((r) => (done = r)),
      again.report,
      () => import('./decide'),
      undefined,
      { PRESETS },
    );
    expect(again.api.accepted('necessary')).toBe(false);
    expect(again.api.accepted('analytics')).toBe(false);
    expect(again.api.getConsent()).toBeNull();
    // A decision asked for meanwhile waits for the check.
    const saved = again.api.save({ analytics: false });
    done([]);
    await saved;
    expect(again.api.accepted('necessary')).toBe(true);
    expect(again.api.accepted('analytics')).toBe(false);
  });

  it('stays closed when the check finds an error later, or cannot be loaded', async () => {
    for (const outcome of [
      Promise.resolve([{ path: 'revision', code: 'revision' }]),
      Promise.reject(new Error('offline')),
    ]) {
      const { api, report } = await fresh();
      vi.spyOn(console, 'error').mockImplementation(() => {});
      api.start(readConfig(config, PRESETS), outcome, report, () => import('./decide'), undefined, { PRESETS });
      await expect(api.acceptAll()).rejects.toThrow(/invalid config/);
      expect(api.accepted('necessary')).toBe(false);
      expect(report).toHaveBeenCalledTimes(1);
    }
    vi.restoreAllMocks();
  });

  it('must be started before deciding, and only once', async () => {
    const { api, start } = await fresh();
    await expect(api.acceptAll()).rejects.toThrow(/call init\(config\) first/);
    start();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    start({ revision: 2, categories: {} });
    expect(api.getConfig()?.revision).toBe(1);
    expect(warn).toHaveBeenCalledWith('[cookiegate]', 'init() was already called; ignored');
  });
});
