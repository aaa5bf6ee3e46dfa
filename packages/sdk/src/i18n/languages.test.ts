import facades from 'cookiegate:facades';
import languages from 'cookiegate:languages';
import labels from 'cookiegate:labels';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../build/languages.mjs';
import { PRESETS } from '../services/blocking';
import { presetInfo } from '../services/info';

const { en } = languages;
// The `{name}` (and the facades' `%s`) placeholders of a text, which every language must keep
// ({purposes} or {Purposes}).
const holes = (s: string) => (s.toLowerCase().match(/\{\w+\}|%s/g) || []).sort();

describe('the language folders (src/i18n/<lang>/)', () => {
  it('are the languages the build makes UI files for, with sv, en, da, nb, fi and de', () => {
    expect(Object.keys(languages).sort()).toEqual(LANGUAGES);
    expect(Object.keys(labels).sort()).toEqual(LANGUAGES);
    expect(Object.keys(facades).sort()).toEqual(LANGUAGES);
    expect(LANGUAGES).toEqual(expect.arrayContaining(['sv', 'en', 'da', 'nb', 'fi', 'de']));
    // A banner text and a details text never share a key.
    expect(Object.keys(en!.banner).filter((k) => k in en!.details)).toEqual([]);
  });

  describe.each(LANGUAGES)('%s', (lang) => {
    const { banner, details, presets } = languages[lang]!;

    it('has every UI and facade text, with the same placeholders as English, and no other', () => {
      for (const [mine, base] of [
        [banner, en!.banner],
        [details, en!.details],
        [facades[lang], facades.en],
      ] as Array<[Record<string, string>, Record<string, string>]>) {
        expect(Object.keys(mine).sort()).toEqual(Object.keys(base).sort());
        for (const k in base) {
          expect(typeof mine[k] == 'string' && mine[k].trim(), `${lang}.${k}`).toBeTruthy();
          expect(holes(mine[k]!), `${lang}.${k}`).toEqual(holes(base[k]!));
        }
      }
      // The floating button (in the head script) is named as the preferences' heading.
      expect(labels[lang]).toBe(details.settings);
    });

    it("has every preset's purpose, description and cookie purposes, and no other", () => {
      expect(Object.keys(presets).sort()).toEqual(Object.keys(PRESETS).sort());
      const lookup = presetInfo(presets, () => undefined);
      for (const id of Object.keys(PRESETS)) {
        const p = lookup(id)!;
        expect(p.purpose.trim() && p.description.trim(), `${lang}: ${id}`).toBeTruthy();
        for (const c of p.cookies) expect(c.purpose?.trim(), `${lang}: ${id} ${c.name}`).toBeTruthy();
        expect(presets[id]![2], `${lang}: ${id}`).toHaveLength(p.cookies.length);
      }
    });
  });
});
