import { describe as suite, expect, it } from 'vitest';
import { validateConfig } from './messages';

const base = () => ({
  revision: 1,
  categories: { necessary: { required: true }, analytics: {} },
  services: {
    magento: { category: 'necessary', cookies: ['PHPSESSID', 'form_key', 'mage-cache-*'] },
    ga4: { category: 'analytics', cookies: ['_ga', '_ga_*'], hosts: ['googletagmanager.com', 'google-analytics.com'] },
  },
});
const errorsOf = (patch: (c: any) => void) => {
  const c: any = base();
  patch(c);
  return validateConfig(c).errors;
};

suite('validateConfig', () => {
  it('accepts the documented shape and fills in defaults', () => {
    const { config, errors, warnings } = validateConfig(base());
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(config).toMatchObject({
      consentDays: 365,
      refusalDays: 365,
      language: 'auto',
      reloadOnWithdraw: true,
      cookie: { name: 'cookiegate', path: '/', sameSite: 'Lax' },
    });
  });

  it('names a service whose category does not exist, with the categories expected', () => {
    expect(errorsOf((c) => (c.services.ga4.category = 'analytic'))).toEqual([
      'services.ga4.category: "analytic" is not a category; expected one of necessary, analytics',
    ]);
    expect(errorsOf((c) => delete c.services.ga4.category)).toEqual([
      'services.ga4.category: missing; expected one of necessary, analytics',
    ]);
  });

  it.each([
    [(c: any) => (c.revision = '1'), 'revision: expected an integer ≥ 0, got "1"'],
    [(c: any) => delete c.revision, 'revision: expected an integer ≥ 0, got nothing'],
    [(c: any) => (c.revision = -1), 'revision: expected an integer ≥ 0, got -1'],
    [
      (c: any) => Object.assign(c, { categories: {}, services: {} }),
      'categories: expected an object with at least one category, got {}',
    ],
    [
      (c: any) => Object.assign(c, { categories: { analytics: {} }, services: {} }),
      'categories: expected at least one category with "required": true',
    ],
    [
      (c: any) => (c.categories.analytics.required = 'yes'),
      'categories.analytics.required: expected true or false, got "yes"',
    ],
    [(c: any) => (c.categories.analytics = 3), 'categories.analytics: expected an object, got 3'],
    [
      (c: any) => (c.categories['Bad id!'] = {}),
      'categories.Bad id!: invalid id; expected letters, digits, - or _, starting with a letter (at most 40)',
    ],
    [
      (c: any) => (c.services.analytics = { category: 'analytics' }),
      'services.analytics: id is also a category; service and category ids share one namespace',
    ],
    [
      (c: any) => (c.services.ga4.cookies = '_ga'),
      'services.ga4.cookies: expected an array of cookie names (or * patterns) or { name, domain, path, lifetime, purpose }, got "_ga"',
    ],
    [
      (c: any) => (c.services.ga4.cookies = [{ domain: '.x.se' }]),
      'services.ga4.cookies: expected an array of cookie names (or * patterns) or { name, domain, path, lifetime, purpose }, got [{"domain":".x.se"}]',
    ],
    [
      (c: any) => (c.services.ga4.cookies = [{ name: '_ga', lifetime: '2 years' }]),
      'services.ga4.cookies[0].lifetime: expected "session" or an ISO 8601 duration such as "P2Y", "P90D" or "PT1H", got "2 years"',
    ],
    [
      (c: any) => (c.services.ga4.cookies = [{ name: '_ga', path: 'x' }]),
      'services.ga4.cookies[0].path: expected a path starting with /, got "x"',
    ],
    [
      (c: any) => (c.services.ga4.storage = [1]),
      'services.ga4.storage: expected an array of storage keys or * patterns, got [1]',
    ],
    [
      (c: any) => (c.services.ga4.hosts = ['https://x.com']),
      'services.ga4.hosts: expected an array of host names such as "google-analytics.com", got ["https://x.com"]',
    ],
    [
      (c: any) => (c.services.ga4.privacyUrl = 'policies.google.com'),
      'services.ga4.privacyUrl: expected an http(s) URL or a path starting with /, got "policies.google.com"',
    ],
    [
      (c: any) => (c.services.ga4.title = { sv: 3 }),
      'services.ga4.title: expected a text or an object of texts per language, such as { "sv": "Analys", "en": "Analytics" }, got {"sv":3}',
    ],
    [(c: any) => (c.services = []), 'services: expected an object, got []'],
    [
      (c: any) => (c.consentDays = 500),
      'consentDays: expected a whole number of days from 1 to 395 (13 months), got 500',
    ],
    [
      (c: any) => (c.refusalDays = 30),
      'refusalDays: expected a whole number of days from 183 (6 months) to 395, got 30',
    ],
    [(c: any) => (c.cookie = { sameSite: 'lax' }), 'cookie.sameSite: expected "Lax", "Strict" or "None", got "lax"'],
    [
      (c: any) => (c.cookie = { name: 'a b' }),
      'cookie.name: expected a cookie name (letters, digits, _ or -), got "a b"',
    ],
    [
      (c: any) => (c.cookie = { domain: 'https://x' }),
      'cookie.domain: expected a domain such as ".shop.example", got "https://x"',
    ],
    [
      (c: any) => (c.language = 'swedish!'),
      'language: expected "auto" or a language code such as "sv", got "swedish!"',
    ],
    [(c: any) => (c.reloadOnWithdraw = 'no'), 'reloadOnWithdraw: expected true or false, got "no"'],
  ])('reports %#: %s', (patch, message) => {
    expect(errorsOf(patch)).toEqual([message]);
  });

  it('refuses ids that every JavaScript object has (toString, constructor, ...), naming the field', () => {
    expect(
      errorsOf((c) => {
        c.services.toString = { category: 'analytics' };
        c.categories.constructor = {};
        c.categories.valueOf = {};
      }),
    ).toEqual([
      'categories.constructor: id "constructor" is the name of a built-in property of every JavaScript object; choose another',
      'categories.valueOf: id "valueOf" is the name of a built-in property of every JavaScript object; choose another',
      'services.toString: id "toString" is the name of a built-in property of every JavaScript object; choose another',
    ]);
  });

  it('checks firstPartyHosts: lower-case host names', () => {
    expect(errorsOf((c) => (c.firstPartyHosts = ['shop.example', 'cdn-shop.net']))).toEqual([]);
    expect(errorsOf((c) => (c.firstPartyHosts = ['https://shop.example']))).toEqual([
      'firstPartyHosts: expected an array of lower-case host names such as "shop.example" (each with its subdomains), never a public suffix such as "co.uk", got ["https://shop.example"]',
    ]);
    expect(errorsOf((c) => (c.firstPartyHosts = 'shop.example'))).toHaveLength(1);
  });

  it("checks purposeChanged: a revision from 1 to the config's own, naming the field", () => {
    const ok = validateConfig({
      ...base(),
      revision: 3,
      categories: { necessary: { required: true }, analytics: { purposeChanged: 3 } },
    });
    expect(ok.errors).toEqual([]);
    expect(
      errorsOf((c) => {
        c.categories.analytics.purposeChanged = 2;
        c.services.ga4.purposeChanged = 'two';
      }),
    ).toEqual([
      'categories.analytics.purposeChanged: expected the revision in which the purpose changed: an integer ≥ 1, at most the config\'s "revision", got 2',
      'services.ga4.purposeChanged: expected the revision in which the purpose changed: an integer ≥ 1, at most the config\'s "revision", got "two"',
    ]);
    expect(errorsOf((c) => (c.services.ga4.purposeChanged = 0))).toHaveLength(1);
    expect(
      validateConfig({ ...base(), services: { ga4: { category: 'analytics', purposeChanged: 1.5 } } }).config,
    ).toBeNull();
  });

  it('fails closed on any error', () => {
    const r = validateConfig({ ...base(), revision: 'x' });
    expect(r.config).toBeNull();
  });

  it('reports a non-object config', () => {
    expect(validateConfig(undefined).errors).toEqual(['config: expected an object, got nothing']);
    expect(validateConfig([]).errors).toEqual(['config: expected an object, got []']);
  });

  it('warns about unknown keys without failing', () => {
    const c: any = base();
    c.services.ga4.cokies = ['_ga'];
    c.revison = 2;
    const r = validateConfig(c);
    expect(r.errors).toEqual([]);
    expect(r.config).not.toBeNull();
    expect(r.warnings).toHaveLength(2);
    expect(r.warnings[0]).toMatch(
      /^services\.ga4\.cokies: unknown key \(ignored\); expected one of category, cookies, storage, hosts, /,
    );
    expect(r.warnings[1]).toMatch(
      /^revison: unknown key \(ignored\); expected one of revision, categories, services, consentDays, refusalDays, cookie, /,
    );
  });

  it('accepts cookie declarations with lifetimes and texts per language', () => {
    const c: any = base();
    c.services.ga4.cookies = [
      {
        name: '_ga',
        domain: '.shop.example',
        path: '/',
        lifetime: 'P2Y',
        purpose: { sv: 'Skiljer besökare åt', en: 'Tells visitors apart' },
      },
      { name: 'test', lifetime: 'PT15M' },
      { name: 'PHPSESSID', lifetime: 'session' },
    ];
    expect(validateConfig(c).errors).toEqual([]);
  });
});
