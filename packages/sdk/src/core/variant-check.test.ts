import { describe, expect, it } from 'vitest';
import { validateConfig } from './messages';

/** A config with `experiments` and `more` (a key given as undefined is left out, as JSON would). */
const base = (experiments: unknown, more: Record<string, unknown> = {}) =>
  JSON.parse(
    JSON.stringify({
      revision: 1,
      categories: { necessary: { required: true }, analytics: {} },
      proofEndpoint: '/v1/proofs',
      experiments,
      ...more,
    }),
  );
/** The errors of a config whose variant `b` is `variant` (variant `a` changes nothing). */
const errorsOf = (variant: unknown) => validateConfig(base({ variants: { a: {}, b: variant } })).errors;
const en = (texts: Record<string, unknown>) => ({ texts: { en: texts } });

describe('experiments: the config check keeps every variant fair', () => {
  it('accepts variants that change only presentation, with accept and reject alike', () => {
    const { config, errors, warnings } = validateConfig(
      base({
        variants: {
          a: {},
          b: { position: 'top', theme: 'dark' },
          'short-title': {
            theme: 'light',
            texts: {
              en: {
                title: 'Cookies?',
                intro: 'We use {purposes}.',
                acceptAll: 'Allow all',
                rejectAll: 'Deny all',
                customize: 'Choose',
              },
              sv: { acceptAll: 'JA TILL ALLA', rejectAll: 'NEJ TILL ALLA' },
            },
          },
        },
      }),
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config?.experiments?.variants.b).toEqual({ position: 'top', theme: 'dark' });
  });

  it.each([
    ['categories', { categories: { necessary: { required: true } } }],
    ['services', { services: {} }],
    ['revision', { revision: 2 }],
    ['the set of buttons', { buttons: ['acceptAll', 'customize'] }],
    ['reject moved to the second layer', { rejectAll: 'preferences' }],
    ['the close button', { closeButton: true }],
    ['unequal styling or size of the buttons', { style: { rejectAll: 'font-size:10px;opacity:.5' } }],
    ['a per-button class', { classes: { acceptAll: 'big' } }],
  ])('refuses a variant that changes %s: not presentational', (_what, variant) => {
    const [key] = Object.keys(variant);
    expect(errorsOf(variant)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^experiments\\.variants\\.b\\.${key}: a variant may change only its "texts", "position" and "theme" \\(presentation\\).*so that rejecting stays as easy as accepting; got `,
        ),
      ),
    ]);
  });

  it('refuses a text that is not one of the banner texts a variant may change', () => {
    expect(errorsOf(en({ withdraw: 'Never mind.' }))).toEqual([
      'experiments.variants.b.texts.en.withdraw: a variant may change only the texts title, intro, acceptAll, rejectAll and customize; got "withdraw"',
    ]);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['invisible (a zero-width space)', '\u200b'],
    ['not a text', 0],
  ])('refuses a reject label that is %s', (_what, label) => {
    expect(errorsOf(en({ acceptAll: 'Accept all', rejectAll: label }))).toEqual([
      expect.stringMatching(/^experiments\.variants\.b\.texts\.en\.rejectAll: a title or button label must be visible/),
    ]);
  });

  it('refuses an intro that leaves out the purposes', () => {
    expect(errorsOf(en({ intro: 'We care about your privacy.' }))).toEqual([
      expect.stringMatching(/^experiments\.variants\.b\.texts\.en\.intro: the intro must keep \{purposes\}/),
    ]);
  });

  it('refuses a variant that changes one of accept and reject without the other', () => {
    expect(errorsOf(en({ acceptAll: 'Yes please' }))).toEqual([
      expect.stringMatching(/^experiments\.variants\.b\.texts\.en: a variant that changes "acceptAll" or "rejectAll"/),
    ]);
  });

  it('refuses a reject label longer than the accept label (and a dwarfed one)', () => {
    for (const [a, r] of [
      ['Accept all', 'No thanks, I prefer a worse experience'],
      ['Accept all cookies and continue', 'No'],
    ])
      expect(errorsOf(en({ acceptAll: a, rejectAll: r })), r).toEqual([
        expect.stringMatching(
          /^experiments\.variants\.b\.texts\.en\.rejectAll: the accept and reject labels must be of like length/,
        ),
      ]);
    // Like length passes: 10 and 11 characters.
    expect(errorsOf(en({ acceptAll: 'Accept all', rejectAll: 'Decline all' }))).toEqual([]);
  });

  it.each([
    ['capitals', 'ACCEPT ALL', 'Reject all'],
    ['"!"', 'Accept all!', 'Reject all'],
    ['an emoji', 'Accept all 🍪', 'Reject all'],
  ])('refuses accept and reject emphasised differently: %s', (_what, a, r) => {
    expect(errorsOf(en({ acceptAll: a, rejectAll: r }))).toEqual([
      expect.stringMatching(
        /^experiments\.variants\.b\.texts\.en\.rejectAll: the accept and reject labels must be emphasised alike/,
      ),
    ]);
  });

  it('refuses an unknown position or theme, a malformed id, and fewer than two variants', () => {
    expect(errorsOf({ position: 'center' })).toEqual([
      'experiments.variants.b.position: expected "bottom" or "top", got "center"',
    ]);
    expect(errorsOf({ theme: 'neon' })).toEqual([
      'experiments.variants.b.theme: expected "auto", "light" or "dark", got "neon"',
    ]);
    expect(validateConfig(base({ variants: { a: {}, B: {} } })).errors).toEqual([
      'experiments.variants.B: expected a variant id of 1 to 32 lowercase letters, digits or - (each proof records it), got "B"',
    ]);
    expect(validateConfig(base({ variants: { a: {} } })).errors).toEqual([
      'experiments.variants: expected an object of 2 to 8 banner variants, such as { "a": {}, "b": { "position": "top" } }, got {"a":{}}',
    ]);
    expect(validateConfig(base({})).errors).toEqual([
      'experiments.variants: expected an object of 2 to 8 banner variants, such as { "a": {}, "b": { "position": "top" } }, got nothing',
    ]);
  });
});

describe('stats: impressions are opt-in and need a proof server', () => {
  it('accepts { impressions: true } with proofEndpoint, and refuses it without', () => {
    expect(validateConfig(base(undefined, { stats: { impressions: true } })).errors).toEqual([]);
    expect(validateConfig(base(undefined, { stats: { impressions: true }, proofEndpoint: undefined })).errors).toEqual([
      'stats.impressions: "stats": { "impressions": true } needs "proofEndpoint": impressions are sent beside it (/v1/impressions)',
    ]);
    expect(validateConfig(base(undefined, { stats: { impressions: 'yes' } })).errors).toEqual([
      'stats.impressions: expected true or false, got "yes"',
    ]);
  });
});
