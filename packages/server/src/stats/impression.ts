/**
 * `POST /v1/impressions` bodies (STATS-SPEC.md): `{ "locale": "sv", "variant": "b" }`, variant
 * optional. Nothing else is accepted, so nothing that names a visitor can be sent along.
 */
import { isLocaleTag } from '@cookiegate/protocol';

/**
 * A banner variant's id (STATS-SPEC.md).
 * @example VARIANT_ID.test('b') // true
 */
export const VARIANT_ID = /^[a-z0-9][a-z0-9-]{0,31}$/;

/** A valid impression: what is counted. */
export interface Impression {
  locale: string;
  /** '' when no experiment runs. */
  variant: string;
}

/**
 * Checks an impression body (parsed JSON).
 * @example validateImpression({ locale: 'sv', variant: 'b' }) // { ok: true, value: { locale: 'sv', variant: 'b' } }
 */
export function validateImpression(body: unknown): { ok: true; value: Impression } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail('body must be a JSON object');
  const b = body as Record<string, unknown>;
  for (const k of Object.keys(b))
    if (k !== 'locale' && k !== 'variant') return fail(`unknown field: ${k.slice(0, 40)} (locale, variant)`);
  if (!isLocaleTag(b.locale)) return fail('locale must be a BCP 47 language tag');
  if (b.variant !== undefined && (typeof b.variant !== 'string' || !VARIANT_ID.test(b.variant)))
    return fail('variant must match [a-z0-9][a-z0-9-]{0,31}');
  return { ok: true, value: { locale: b.locale, variant: (b.variant as string | undefined) ?? '' } };
}
