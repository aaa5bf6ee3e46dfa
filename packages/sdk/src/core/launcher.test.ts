import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from './config';
import { languageOf } from './launcher';

const cfg = (language: string) => ({ language }) as ResolvedConfig;

describe('languageOf', () => {
  it('takes the config, else <html lang>, else the browser, as a primary subtag', () => {
    document.documentElement.lang = 'da-DK';
    expect(languageOf(cfg('sv'))).toBe('sv');
    expect(languageOf(cfg('SV-se'))).toBe('sv');
    expect(languageOf(cfg('auto'))).toBe('da');
    document.documentElement.lang = '';
    expect(languageOf(cfg('auto'))).toBe(navigator.language.split('-')[0]!.toLowerCase());
  });
});
