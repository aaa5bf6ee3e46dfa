import { describe, expect, test } from 'vitest';
import { BrowserNotFound, findChromium } from '../src/browser.mjs';
import { UsageError, parseDuration, parseTarget, parseViewports } from '../src/options.mjs';
import { control } from '../src/vocabulary.mjs';

describe('command-line values', () => {
  test('a target must be an absolute http(s) URL', () => {
    expect(parseTarget('https://shop.example')).toBe('https://shop.example/');
    expect(() => parseTarget('shop.example')).toThrow(UsageError);
    expect(() => parseTarget('shop.example')).toThrow(/not a URL/);
    expect(() => parseTarget('file:///etc/passwd')).toThrow(/only http/);
  });
  test('durations and viewports', () => {
    expect(parseDuration('30s', '--observe')).toBe(30_000);
    expect(parseDuration('500ms', '--settle')).toBe(500);
    expect(parseDuration('2m', '--phase-timeout')).toBe(120_000);
    expect(() => parseDuration('soon', '--observe')).toThrow(/--observe soon/);
    expect(parseViewports('360x640,1366×768')).toEqual([
      { width: 360, height: 640 },
      { width: 1366, height: 768 },
    ]);
    expect(() => parseViewports('big')).toThrow(UsageError);
  });
});

describe('finding the browser', () => {
  test('an explicit path that is not a browser is an error naming it', () => {
    expect(() => findChromium('/nonexistent/chrome')).toThrow(BrowserNotFound);
    expect(() => findChromium('/nonexistent/chrome')).toThrow(/--chromium \/nonexistent\/chrome/);
  });
  test('CHROMIUM_PATH comes before the usual places; none found says what to install', () => {
    expect(() => findChromium(undefined, { CHROMIUM_PATH: '/nope', PATH: '' })).toThrow(/CHROMIUM_PATH=\/nope/);
    // Only /usr/bin/chromium remains to look at when PATH is empty.
    let message = '';
    try {
      findChromium(undefined, { PATH: '/nonexistent' });
    } catch (e) {
      message = e.message;
    }
    if (message) expect(message).toMatch(/apt-get install chromium/);
    else expect(findChromium(undefined, { PATH: '/nonexistent' })).toBe('/usr/bin/chromium');
  });
});

describe('banner vocabulary', () => {
  test('whole names in six languages; accept never matches reject', () => {
    for (const name of [
      'Avvisa alla',
      'Reject all',
      'Afvis alle',
      'Avvis alle',
      'Hylkää kaikki',
      'Alle ablehnen',
      'Endast nödvändiga',
    ])
      expect(control('reject').test(name), name).toBe(true);
    for (const name of ['Acceptera alla', 'Accept all cookies', 'Godta alle', 'Hyväksy kaikki', 'Alle akzeptieren']) {
      expect(control('accept').test(name), name).toBe(true);
      expect(control('reject').test(name), name).toBe(false);
    }
    expect(control('settings').test('Cookieinställningar')).toBe(true);
    expect(control('accept').test('Read more about accept')).toBe(false);
  });
});
