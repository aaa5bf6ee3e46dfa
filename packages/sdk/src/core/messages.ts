import { DAYS } from './config';
import { warnNotFirst } from './first-warning';
import { checkConfig, type Problem } from './check';
import type { ResolvedConfig } from './config';

// Kept out of the script-tag core: only a page with a faulty config downloads these sentences.
const EXPECTED: Record<string, string> = {
  object: 'an object',
  bool: 'true or false',
  text: 'a text or an object of texts per language, such as { "sv": "Analys", "en": "Analytics" }',
  str: 'a non-empty text',
  path: 'a path starting with /',
  domain: 'a domain such as ".shop.example"',
  lifetime: '"session" or an ISO 8601 duration such as "P2Y", "P90D" or "PT1H"',
  cookies: 'an array of cookie names (or * patterns) or { name, domain, path, lifetime, purpose }',
  storage: 'an array of storage keys or * patterns',
  hosts: 'an array of host names such as "google-analytics.com"',
  url: 'an http(s) URL',
  endpoint: 'an http(s) URL or a path starting with /',
  revision: 'an integer ≥ 0',
  purposeChanged: 'the revision in which the purpose changed: an integer ≥ 1, at most the config\'s "revision"',
  consentDays: 'a whole number of days from 1 to ' + DAYS.consentMax + ' (13 months)',
  refusalDays: 'a whole number of days from ' + DAYS.refusalMin + ' (6 months) to ' + DAYS.consentMax,
  cookieName: 'a cookie name (letters, digits, _ or -)',
  sameSite: '"Lax", "Strict" or "None"',
  language: '"auto" or a language code such as "sv"',
  categories: 'an object with at least one category',
  floatingButton: 'true, false, "left" or "right"',
  texts: 'texts per language, such as { "sv": { "title": "Vi använder kakor" } }',
  unknownHosts: '"report", "block" or "allow"',
  firstPartyHosts:
    'an array of lower-case host names such as "shop.example" (each with its subdomains), never a public suffix such as "co.uk"',
  consentMode: 'false or { types?: { [category]: ["analytics_storage", ...] }, waitForUpdate?: 0 to 10000 }',
  presetData: "the presets' data as `npx cookiegate check --write` writes it",
  variants: 'an object of 2 to 8 banner variants, such as { "a": {}, "b": { "position": "top" } }',
  variantId: 'a variant id of 1 to 32 lowercase letters, digits or - (each proof records it)',
  position: '"bottom" or "top"',
  theme: '"auto", "light" or "dark"',
};

// Experiments (variant-check.ts): what breaks equal choice, said as a whole sentence.
const SAID: Record<string, string> = {
  impressions:
    '"stats": { "impressions": true } needs "proofEndpoint": impressions are sent beside it (/v1/impressions)',
  variantKey:
    'a variant may change only its "texts", "position" and "theme" (presentation): the categories, services and revision, and which buttons the banner has, their style, size and layer, are the same in every variant, so that rejecting stays as easy as accepting',
  variantText: 'a variant may change only the texts title, intro, acceptAll, rejectAll and customize',
  label: 'a title or button label must be visible text (at least one letter or digit): an empty label hides the choice',
  purposes: 'the intro must keep {purposes}: a variant may word the purposes differently, not leave them out',
  pair: 'a variant that changes "acceptAll" or "rejectAll" changes both in that language, so that they can be compared',
  longer:
    'the accept and reject labels must be of like length (the longer at most 1.5 times the shorter and 4 characters): a long reject label is a nudge',
  prominence:
    'the accept and reject labels must be emphasised alike: both or neither in capitals, with "!" or with an emoji',
};

const show = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v));

/**
 * Turns a problem into a sentence that names the path and what was expected.
 *
 * @example
 * describe({ path: 'services.ga4.category', code: 'category', got: ['analytic', ['necessary', 'analytics']] });
 * // 'services.ga4.category: "analytic" is not a category; expected one of necessary, analytics'
 */
export function describe({ path, code, got }: Problem): string {
  const msg =
    code == 'json'
      ? 'invalid JSON: ' + got
      : code == 'missing'
        ? 'no <script type="application/json" id="cookiegate-config"> before cookiegate.js'
        : code == 'unknown'
          ? 'unknown key (ignored); expected one of ' + (got as string[]).join(', ')
          : code == 'id'
            ? 'invalid id; expected letters, digits, - or _, starting with a letter (at most 40)'
            : code == 'proto'
              ? 'id "' +
                path.split('.').pop() +
                '" is the name of a built-in property of every JavaScript object; choose another'
              : code == 'unchecked'
                ? 'could not be checked (cookiegate-check.js did not load): nothing that is not required runs'
                : code == 'required'
                  ? 'expected at least one category with "required": true'
                  : code == 'clash'
                    ? 'id is also a category; service and category ids share one namespace'
                    : code == 'matching'
                      ? "the Meta pixel's init passes customer data (advanced matching): it is sent hashed to Meta with every event, which Sweden's IMY fined shops SEK 8–37 M for in 2024; remove it, and check that \"Automatic advanced matching\" is off in Meta's Events Manager, unless the consent text tells visitors"
                      : code == 'uncovered'
                        ? 'third-party hosts that no service covers: ' +
                          (got as string[]).join(', ') +
                          '; add them to a service\'s "hosts", or set "unknownHosts" to "allow" or "block"'
                        : code == 'preset'
                          ? show((got as unknown[])[0]) +
                            ' is not a preset; expected one of ' +
                            ((got as unknown[])[1] as string[]).join(', ')
                          : code == 'presetFile'
                            ? 'this page loads cookiegate-presets.js (the blocking data of every preset) because the config carries no presetData with a data-checked that fits; run `npx cookiegate check --write <config.json>` and put the config it writes, with the data-checked it prints, on the page'
                            : code == 'category'
                              ? ((got as unknown[])[0] === undefined
                                  ? 'missing'
                                  : show((got as unknown[])[0]) + ' is not a category') +
                                '; expected one of ' +
                                ((got as unknown[])[1] as string[]).join(', ')
                              : SAID[code]
                                ? SAID[code] + (got === undefined ? '' : '; got ' + show(got))
                                : 'expected ' + (EXPECTED[code] || code) + ', got ' + show(got);
  return path + ': ' + msg;
}

/** Prints problems to the console, errors first, each prefixed `[cookiegate] config:`. */
export function printProblems(problems: Problem[]): void {
  for (const p of problems)
    p.code == 'first' ? warnNotFirst(p) : (p.w ? console.warn : console.error)('[cookiegate] config: ' + describe(p));
  if (problems.some((p) => !p.w)) console.error('[cookiegate] invalid config: nothing that is not required will run');
}

/** What `validateConfig` found: the resolved config when there is no error. */
export interface ValidationResult {
  config: ResolvedConfig | null;
  /** Each names the path and what was expected; any error fails closed. */
  errors: string[];
  /** Unknown keys (probably typos): reported, not fatal. */
  warnings: string[];
}

/**
 * Checks a configuration and fills in its defaults. Every problem names its path and
 * what was expected; an unknown key is a warning.
 *
 * @example
 * const { config, errors } = validateConfig(JSON.parse(text));
 * if (!config) errors.forEach((e) => console.error(e));
 */
export function validateConfig(input: unknown): ValidationResult {
  const { config, problems } = checkConfig(input);
  return {
    config,
    errors: problems.filter((p) => !p.w).map(describe),
    warnings: problems.filter((p) => p.w).map(describe),
  };
}
