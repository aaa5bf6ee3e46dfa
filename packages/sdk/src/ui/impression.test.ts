import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkConfig } from '../core/check';
import { countImpression, impressionsUrl } from './impression';

const config = (stats?: unknown) =>
  checkConfig({
    revision: 1,
    categories: { necessary: { required: true }, analytics: {} },
    proofEndpoint: '/v1/proofs',
    ...(stats !== undefined && { stats }),
  }).config!;

let hidden = false;
const fetch = vi.fn(() => Promise.resolve(new Response(null, { status: 204 })));
beforeEach(() => {
  hidden = false;
  fetch.mockClear();
  vi.stubGlobal('fetch', fetch);
  vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => (hidden ? 'hidden' : 'visible'));
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});
const hide = () => {
  hidden = true;
  document.dispatchEvent(new Event('visibilitychange'));
};

describe('impressions (opt-in)', () => {
  it('finds the endpoint beside proofEndpoint', () => {
    expect(impressionsUrl('/v1/proofs')).toBe(location.origin + '/v1/impressions');
    expect(impressionsUrl('https://proofs.example/v1/proofs')).toBe('https://proofs.example/v1/impressions');
  });

  it('sends one impression, without cookies or consent id, when the page is hidden after the banner was seen', () => {
    countImpression(config({ impressions: true }), {
      seen: () => true,
      decided: () => false,
      locale: 'sv',
      variant: 'b',
    });
    hide();
    hide();
    dispatchEvent(new Event('pagehide'));
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(location.origin + '/v1/impressions');
    expect(init).toMatchObject({ method: 'POST', keepalive: true, credentials: 'omit', referrerPolicy: 'origin' });
    expect(JSON.parse(init.body as string)).toEqual({ locale: 'sv', variant: 'b' });
  });

  it('sends on pagehide too (browsers that leave without visibilitychange)', () => {
    countImpression(config({ impressions: true }), { seen: () => true, decided: () => false, locale: 'en' });
    dispatchEvent(new Event('pagehide'));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string)).toEqual({
      locale: 'en',
    });
  });

  it('sends nothing after a decision, when the banner was not seen, or without the opt-in', () => {
    countImpression(config({ impressions: true }), { seen: () => true, decided: () => true, locale: 'sv' });
    countImpression(config({ impressions: true }), { seen: () => false, decided: () => false, locale: 'sv' });
    countImpression(config(), { seen: () => true, decided: () => false, locale: 'sv' });
    countImpression(config({ impressions: false }), { seen: () => true, decided: () => false, locale: 'sv' });
    hide();
    dispatchEvent(new Event('pagehide'));
    expect(fetch).not.toHaveBeenCalled();
  });
});
