/**
 * The equal-choice rules of banner experiments (issue 17): a variant may change how the
 * banner looks and what it says, never what the visitor can choose or how easily. Part of
 * the config check (check.ts); `messages.ts` turns each code into a sentence.
 */
import { VARIANT_ID } from '@cookiegate/protocol';

/** What a variant may change (config.ts `BannerVariant`). */
const KEYS = ['texts', 'position', 'theme'];
/** The banner texts a variant may change (config.ts `VariantText`). */
const TEXTS = ['title', 'intro', 'acceptAll', 'rejectAll', 'customize'];

const obj = (v: unknown): v is Record<string, unknown> => typeof v == 'object' && v !== null && !Array.isArray(v);
/** A label without a letter or digit ("", " ", a zero-width space) hides the choice. */
const visible = (s: unknown): s is string => typeof s == 'string' && /[\p{L}\p{N}]/u.test(s);

/** How a label stands out: in capitals (3 letters or more), with "!", with pictographs. Accept and reject must agree. */
const emphasis = (s: string) =>
  [s == s.toUpperCase() && (s.match(/\p{Lu}/gu) || []).length > 2, /!/.test(s), /\p{Extended_Pictographic}/u.test(s)] +
  '';

/**
 * Reports, through `err(path, code, got)`, every way the variants of `experiments` would
 * break equal choice or are malformed. `experiments.variants` is known to be an object of
 * 2 to 8 entries (the schema's rule).
 *
 * @example
 * variantProblems({ variants: { a: {}, b: { buttons: ['accept'] } } }, (p, c) => console.log(p, c));
 * // experiments.variants.b.buttons variantKey
 */
export function variantProblems(
  experiments: { variants: Record<string, unknown> },
  err: (path: string, code: string, got?: unknown) => void,
): void {
  for (const id in experiments.variants) {
    const v = experiments.variants[id];
    const p = 'experiments.variants.' + id;
    if (!VARIANT_ID.test(id)) err(p, 'variantId', id);
    if (!obj(v)) {
      err(p, 'object', v);
      continue;
    }
    // Anything else is not presentation: categories, services, revision, which buttons
    // there are, their style or size, the layer they are on.
    for (const k in v) if (!KEYS.includes(k)) err(p + '.' + k, 'variantKey', v[k]);
    if (v.position !== undefined && v.position != 'bottom' && v.position != 'top')
      err(p + '.position', 'position', v.position);
    if (v.theme !== undefined && !['auto', 'light', 'dark'].includes(v.theme as string))
      err(p + '.theme', 'theme', v.theme);
    if (v.texts === undefined) continue;
    if (!obj(v.texts)) {
      err(p + '.texts', 'object', v.texts);
      continue;
    }
    for (const lang in v.texts) {
      const t = v.texts[lang];
      const q = p + '.texts.' + lang;
      if (!obj(t)) {
        err(q, 'object', t);
        continue;
      }
      for (const k in t) {
        const s = t[k];
        if (!TEXTS.includes(k)) err(q + '.' + k, 'variantText', k);
        else if (!visible(s)) err(q + '.' + k, 'label', s);
        else if (k == 'intro' && !s.includes('{purposes}')) err(q + '.intro', 'purposes', s);
      }
      const { acceptAll: a, rejectAll: r } = t;
      if ((a === undefined) != (r === undefined)) err(q, 'pair', Object.keys(t));
      else if (visible(a) && visible(r)) {
        const [short, long] = [a.length, r.length].sort((x, y) => x - y) as [number, number];
        if (long > short * 1.5 + 4) err(q + '.rejectAll', 'longer', [a, r]);
        else if (emphasis(a) != emphasis(r)) err(q + '.rejectAll', 'prominence', [a, r]);
      }
    }
  }
}
