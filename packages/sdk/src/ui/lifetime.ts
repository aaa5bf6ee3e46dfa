const UNITS = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const ISO = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

// A cookie table formats many lifetimes: one formatter per language and unit.
const formatters = new Map<string, Intl.NumberFormat>();
const formatter = (lang: string, unit: string): Intl.NumberFormat => {
  let f = formatters.get(lang + unit);
  if (!f) formatters.set(lang + unit, (f = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long' })));
  return f;
};

/**
 * A cookie lifetime (`"session"` or an ISO 8601 duration) in the visitor's language, with
 * the browser's own unit names; anything unreadable is shown as given.
 *
 * @example
 * formatLifetime('P2Y', 'sv', 'Tills webbläsaren stängs') // '2 år'
 * formatLifetime('P1Y6M', 'en', '…') // '1 year and 6 months'
 */
export function formatLifetime(iso: string, lang: string, session: string): string {
  if (iso == 'session') return session;
  const m = ISO.exec(iso);
  const parts: string[] = [];
  if (m) {
    UNITS.forEach((unit, i) => {
      const n = m[i + 1];
      // CLDR's Swedish day is "dygn"; a cookie's lifetime reads better in "dagar".
      if (n)
        parts.push(
          formatter(lang, unit)
            .format(+n)
            .replace(/ dygn/, +n > 1 ? ' dagar' : ' dag'),
        );
    });
  }
  return parts.length ? new Intl.ListFormat(lang, { type: 'conjunction' }).format(parts) : iso;
}
