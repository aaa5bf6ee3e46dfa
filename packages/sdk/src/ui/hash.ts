/**
 * Canonical JSON: object keys sorted, undefined members left out, no whitespace, so that
 * the same config and texts always give the same hash.
 *
 * @example
 * canonical({ b: 1, a: [true, null] }) // '{"a":[true,null],"b":1}'
 */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return '[' + v.map((x) => (x === undefined ? 'null' : canonical(x))).join(',') + ']';
  if (v && typeof v == 'object') {
    const o = v as Record<string, unknown>;
    return '{' + Object.keys(o).sort().filter((k) => o[k] !== undefined).map((k) => JSON.stringify(k) + ':' + canonical(o[k])).join(',') + '}';
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * SHA-256 (hex) of a string; undefined where the browser offers no `crypto.subtle`
 * (pages not served over https).
 */
export async function sha256(s: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return undefined;
  const d = await subtle.digest('SHA-256', new TextEncoder().encode(s));
  return Array.from(new Uint8Array(d), (b) => (b + 256).toString(16).slice(1)).join('');
}
