/**
 * Canonical JSON (RFC 8785 for the values the protocol carries): object keys sorted by UTF-16
 * code units at every level, no whitespace, strings, numbers, booleans and null as
 * `JSON.stringify` writes them; `undefined` object members are left out and `undefined`
 * elsewhere is `null`, as `JSON.stringify` does. Values RFC 8785 cannot encode (NaN,
 * Infinity) are written as `JSON.stringify` writes them (null): the protocol's validator lets
 * none into a record. The one implementation: the SDK hashes what it showed with it, the
 * server hashes records and tree heads.
 *
 * @example canonical({ b: 1, a: [true, null], c: undefined }) // '{"a":[true,null],"b":1}'
 */
export const canonical = (value: unknown): string =>
  // Written to minify small: it ships in the SDK's write path. An array in `+` joins with ','.
  Array.isArray(value)
    ? '[' + value.map(canonical) + ']'
    : value && typeof value == 'object'
      ? '{' +
        Object.keys(value)
          .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
          .sort()
          .map((k) => JSON.stringify(k) + ':' + canonical((value as Record<string, unknown>)[k])) +
        '}'
      : (JSON.stringify(value) ?? 'null');
