import labels from 'cookiegate:labels';
import { describe, expect, it, vi } from 'vitest';
import da from '../i18n/da/banner';
import de from '../i18n/de/banner';
import en from '../i18n/en/banner';
import fi from '../i18n/fi/banner';
import nb from '../i18n/nb/banner';
import sv from '../i18n/sv/banner';
import svDetails from '../i18n/sv/details';
import { fmt, list, local, resolveTexts } from './texts';

describe('texts', () => {
  it('fills placeholders; a value ending in a full stop gets no second one', () => {
    expect(fmt('Partners: {vendors}.', { vendors: 'Google' })).toBe('Partners: Google.');
    expect(fmt('Partner: {vendors}.', { vendors: 'Google och Smartlook.com, s.r.o.' })).toBe(
      'Partner: Google och Smartlook.com, s.r.o.',
    );
  });

  it('names the three buttons as the regulators expect', () => {
    expect([sv.acceptAll, sv.rejectAll, sv.customize]).toEqual(['Acceptera alla', 'Avvisa alla', 'Anpassa']);
    expect([da.acceptAll, da.rejectAll, da.customize]).toEqual(['Accepter alle', 'Afvis alle', 'Tilpas']);
    expect([en.acceptAll, en.rejectAll, en.customize]).toEqual(['Accept all', 'Reject all', 'Customize']);
    expect([labels.sv, labels.da, labels.en]).toEqual([
      'Cookieinställningar',
      'Cookieindstillinger',
      'Cookie settings',
    ]);
    // Norway's Datatilsynet says "informasjonskapsler", Finland's Traficom "evästeet"; Germany's
    // DSK asks for "Alle ablehnen" beside "Alle akzeptieren" and speaks of "Einwilligung".
    expect([nb.acceptAll, nb.rejectAll, nb.customize]).toEqual(['Godta alle', 'Avvis alle', 'Tilpass']);
    expect([fi.acceptAll, fi.rejectAll, fi.customize]).toEqual(['Hyväksy kaikki', 'Hylkää kaikki', 'Mukauta']);
    expect([de.acceptAll, de.rejectAll, de.customize]).toEqual(['Alle akzeptieren', 'Alle ablehnen', 'Anpassen']);
    expect([labels.nb, labels.fi, labels.de]).toEqual([
      'Innstillinger for informasjonskapsler',
      'Evästeasetukset',
      'Cookie-Einstellungen',
    ]);
    expect(nb.title + nb.intro).not.toMatch(/cookie/i);
    expect(fi.title + fi.intro).toMatch(/evästei/);
    expect(de.intro + de.withdraw).toMatch(/Einwilligung/);
    expect(sv.gpc).toMatch(/^Webbläsarens GPC-signal respekteras/);
    expect(sv.withdraw).toMatch(/återkalla/);
    expect(en.withdraw).toMatch(/withdraw/);
  });

  it('overrides texts per language from the config and warns about unknown keys', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = resolveTexts(
      { ...sv, ...svDetails },
      'sv',
      { texts: { sv: { title: 'Kakor', titel: 'x' }, en: { title: 'Cookies!' } } },
      true,
    );
    expect(t.title).toBe('Kakor');
    expect(t.acceptAll).toBe('Acceptera alla');
    expect(warn).toHaveBeenCalledWith('[cookiegate] config: texts.sv.titel: unknown text (ignored)');
    // A language that is not bundled gets the English texts with its own overrides.
    expect(resolveTexts(en, 'fr', { texts: { fr: { acceptAll: 'Tout accepter' } } }).acceptAll).toBe('Tout accepter');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fmt('Partner: {vendors}.', { vendors: 'Google' })).toBe('Partner: Google.');
    expect(fmt('{a} {b}', { a: '<b>' })).toBe('<b> {b}');
  });

  it("picks a config text in the visitor's language, else English, else the first", () => {
    expect(local('Analys', 'en')).toBe('Analys');
    expect(local({ sv: 'Analys', en: 'Analytics' }, 'sv')).toBe('Analys');
    expect(local({ sv: 'Analys', en: 'Analytics' }, 'da')).toBe('Analytics');
    expect(local({ sv: 'Analys' }, 'da')).toBe('Analys');
    expect(local(undefined, 'sv')).toBeUndefined();
  });

  it("lists in the visitor's language", () => {
    expect(list(['statistik', 'marknadsföring'], 'och')).toBe('statistik och marknadsföring');
    expect(list(['a', 'b', 'c'], 'and')).toBe('a, b and c');
    expect(list(['a'], 'og')).toBe('a');
    expect(list([], 'og')).toBe('');
  });
});
