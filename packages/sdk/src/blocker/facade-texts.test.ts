import { afterEach, describe, expect, it } from 'vitest';
import { facadeTexts } from './facade-texts';

describe('facadeTexts', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it("picks the config's language, else the page's, else English", () => {
    expect(facadeTexts('de').chat).toBe('Chatten Sie mit uns');
    document.documentElement.lang = 'fi-FI';
    expect(facadeTexts('auto').once).toBe('Näytä tämän kerran');
    document.documentElement.lang = 'nb';
    expect(facadeTexts('auto').always).toBe('Tillat alltid %s');
    expect(facadeTexts('fr').chat).toBe('Chat with us');
    document.documentElement.lang = 'nn-NO';
    expect(facadeTexts('auto').always).toBe('Tillat alltid %s');
    expect(facadeTexts('no').always).toBe('Tillat alltid %s');
  });
});
