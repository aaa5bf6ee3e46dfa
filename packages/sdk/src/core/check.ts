import { PRESETS, type PresetBlocking } from '../services/blocking';
import { DAYS, type ResolvedConfig } from './config';
import { resolveConfig } from './resolve';
import { has } from './state';
import { variantProblems } from './variant-check';

/**
 * One problem in a config: its path, the code of what was expected (`messages.ts` turns
 * it into a sentence) and what was found. Warnings carry `w`.
 */
export type Problem = { path: string; code: string; got?: unknown; w?: 1 };

type Obj = Record<string, unknown>;
type Test = (v: unknown) => boolean;
/**
 * A rule: the code of what is expected, and the test; a bare test when the code is the
 * key's own name (`revision: int(…)` reports code `revision`), which keeps the schema short.
 */
type Rule = [code: string, test: Test] | Test;
/** A section: its keys and their rules, or nested sections. */
type Schema = { [key: string]: Rule | Schema };

/** Ids are used in markup, cookies and proofs: keep them plain. */
export const ID = /^[a-z][a-z0-9_-]{0,39}$/i;

const isObj = (v: unknown): v is Obj => typeof v == 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v == 'string' && v.length > 0;
const match = (re: RegExp) => (v: unknown) => typeof v == 'string' && re.test(v);
const list = (test: (v: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(test);
const int = (min: number, max: number) => (v: unknown) =>
  Number.isInteger(v) && (v as number) >= min && (v as number) <= max;

const BOOL: Rule = ['bool', (v) => typeof v == 'boolean'];
const TEXT: Rule = ['text', (v) => str(v) || (isObj(v) && Object.values(v).every(str))];
const STR: Rule = ['str', str];
const PATH: Rule = ['path', match(/^\//)];
const DOMAIN: Rule = ['domain', match(/^\.?[\w.-]+$/)];
/** The revision of the config being checked (set by findProblems): a purpose cannot change in a revision to come. */
let revision: unknown;
const CHANGED: Rule = ['purposeChanged', (v) => int(1, 1e9)(v) && !((v as number) > (revision as number))];
const COOKIE: Schema = {
  name: STR,
  domain: DOMAIN,
  path: PATH,
  lifetime: match(/^(session|P(?!$)(\d+[YMWD])*(T(\d+[HMS])+)?)$/),
  purpose: TEXT,
};
/** `*` marks a map of user-defined ids, each checked against the schema under it. */
const ROOT: Schema = {
  revision: int(0, 1e9),
  categories: { '*': { required: BOOL, title: TEXT, description: TEXT, purposeChanged: CHANGED } },
  services: {
    '*': {
      category: STR,
      cookies: list((c) => str(c) || (isObj(c) && str(c.name))),
      storage: list(str),
      hosts: list(match(/^[\w.-]+\.[a-z]{2,}(\/\S*)?$/i)),
      title: TEXT,
      description: TEXT,
      vendor: STR,
      privacyUrl: ['endpoint', match(/^(https?:\/\/|\/)\S*$/)],
      preset: STR,
      advanced: BOOL,
      facade: BOOL,
      purposeChanged: CHANGED,
    },
  },
  consentDays: int(1, DAYS.consentMax),
  refusalDays: int(DAYS.refusalMin, DAYS.consentMax),
  cookie: {
    name: ['cookieName', match(/^[\w-]{1,64}$/)],
    domain: DOMAIN,
    path: PATH,
    sameSite: match(/^(Lax|Strict|None)$/),
  },
  policyUrl: STR,
  language: match(/^(auto|[a-z]{2,3}(-\w+)*)$/i),
  reloadOnWithdraw: BOOL,
  ui: {
    floatingButton: (v) => typeof v == 'boolean' || v == 'left' || v == 'right',
    closeButton: BOOL,
    nonce: STR,
  },
  // Texts per language: { sv: { title: '…' } }; the UI warns about keys it does not know.
  texts: (v) =>
    isObj(v) && Object.values(v).every((t) => isObj(t) && Object.values(t).every((s) => typeof s == 'string')),
  proofEndpoint: ['endpoint', match(/^(https?:\/\/|\/)\S*$/)],
  unknownHosts: match(/^(report|block|allow)$/),
  firstPartyHosts: list(match(/^[a-z\d-]+(\.[a-z\d-]+)*$/)),
  consentMode: (v) =>
    v === false ||
    (isObj(v) &&
      Object.keys(v).every((k) => k == 'types' || k == 'waitForUpdate') &&
      (v.types === undefined || (isObj(v.types) && Object.values(v.types).every(list(str)))) &&
      (v.waitForUpdate === undefined || int(0, 1e4)(v.waitForUpdate))),
  // Written by `cookiegate check --write` (preset-data.ts), which also says when it is stale.
  presetData: (v) => isObj(v) && Object.values(v).every(isObj),
  stats: { impressions: BOOL },
  // Each variant is checked against the equal-choice rules (variant-check.ts).
  experiments: { variants: ['variants', (v) => isObj(v) && int(2, 8)(Object.keys(v).length)] },
};

/**
 * Checks a configuration against the schema and fills in its defaults. Returns the
 * resolved config (null when there is any error) and every problem found.
 *
 * @example
 * const { config, problems } = checkConfig(JSON.parse(text));
 */
export function checkConfig(
  input: unknown,
  presets: Record<string, PresetBlocking> = PRESETS,
): { config: ResolvedConfig | null; problems: Problem[] } {
  const problems = findProblems(input, presets);
  return { config: problems.some((p) => !p.w) ? null : resolveConfig(input, presets), problems };
}

/**
 * Every problem of a configuration (none: it is valid). `presets` are the vendor presets a
 * service may name (the script-tag build's checker gets the head script's, so that they
 * are not shipped twice).
 *
 * @example
 * findProblems({ revision: 1, categories: {} }); // [{ path: 'categories', code: 'categories', got: {} }]
 */
export function findProblems(input: unknown, presets: Record<string, PresetBlocking>): Problem[] {
  const problems: Problem[] = [];
  const err = (path: string, code: string, got?: unknown) => problems.push({ path, code, got });
  revision = (input as Obj | null)?.revision;

  // Checks one object's keys; unknown keys are reported, so that "cokies" does not silently do nothing.
  const walk = (o: unknown, schema: Schema, path: string): o is Obj => {
    if (!isObj(o)) return !err(path || 'config', 'object', o);
    const map = schema['*'] as Schema | undefined;
    for (const k in o) {
      const p = (path && path + '.') + k;
      const rule = map || schema[k];
      // An id is a key in decisions and choices: `toString` must not read as granted.
      if (map) ID.test(k) ? k in {} && err(p, 'proto') : err(p, 'id');
      if (!rule) problems.push({ path: p, code: 'unknown', got: Object.keys(schema), w: 1 });
      else if (typeof rule == 'function') o[k] === undefined || rule(o[k]) || err(p, k, o[k]);
      else if (Array.isArray(rule)) o[k] === undefined || rule[1](o[k]) || err(p, rule[0], o[k]);
      else walk(o[k], rule, p);
    }
    return true;
  };

  if (!walk(input, ROOT, '')) return problems;
  const c = input;
  if (c.revision === undefined) err('revision', 'revision');
  const cats = isObj(c.categories) ? c.categories : {};
  const catIds = Object.keys(cats);
  if (!catIds.length) err('categories', 'categories', c.categories);
  else if (!catIds.some((id) => isObj(cats[id]) && cats[id].required === true)) err('categories', 'required');
  const services = isObj(c.services) ? c.services : {};
  for (const id in services) {
    const s = services[id];
    const p = 'services.' + id;
    if (!isObj(s)) continue;
    const preset =
      s.preset === undefined || has(presets, s.preset)
        ? presets[s.preset as string]
        : void err(p + '.preset', 'preset', [s.preset, Object.keys(presets)]);
    if (has(cats, id)) err(p, 'clash');
    // A preset gives the category unless the service does; an unknown preset was reported,
    // its missing category would only repeat it.
    const category = s.category ?? preset?.category;
    if ((preset || s.category !== undefined || s.preset === undefined) && !has(cats, category))
      err(p + '.category', 'category', [category, catIds]);
    if (Array.isArray(s.cookies))
      s.cookies.forEach((ck, i) => isObj(ck) && walk(ck, COOKIE, p + '.cookies[' + i + ']'));
  }
  if (isObj(c.stats) && c.stats.impressions === true && c.proofEndpoint === undefined)
    err('stats.impressions', 'impressions');
  const x = c.experiments;
  if (isObj(x)) {
    if (isObj(x.variants)) variantProblems(x as { variants: Obj }, err);
    else if (x.variants === undefined) err('experiments.variants', 'variants');
  }
  return problems;
}
