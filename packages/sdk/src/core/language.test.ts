import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageLanguage } from './language';

describe('pageLanguage', () => {
  afterEach(() => {
    document.documentElement.lang = '';
    vi.restoreAllMocks();
  });

  it('takes the config, else <html lang>, else the browser, as a primary subtag', () => {
    document.documentElement.lang = 'da-DK';
    expect(pageLanguage('sv')).toBe('sv');
    expect(pageLanguage('SV-se')).toBe('sv');
    expect(pageLanguage('auto')).toBe('da');
    expect(pageLanguage()).toBe('da');
    document.documentElement.lang = '';
    expect(pageLanguage('auto')).toBe(navigator.language.split('-')[0]!.toLowerCase());
  });

  it('reads Norwegian no and nn (Nynorsk) as nb, the bundled Bokmål', () => {
    for (const tag of ['no', 'nn', 'no-NO', 'nn-NO', 'nb-NO', 'NN-no']) {
      document.documentElement.lang = tag;
      expect(pageLanguage('auto'), tag).toBe('nb');
      expect(pageLanguage(tag), tag).toBe('nb');
    }
    document.documentElement.lang = '';
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('nn-NO');
    expect(pageLanguage('auto')).toBe('nb');
    // Not a Norwegian tag: left as it is.
    expect(pageLanguage('nl-NL')).toBe('nl');
  });
});
