/**
 * A random consent id (UUID v4). `crypto.randomUUID` needs a secure context; http pages
 * get the same format from `getRandomValues`.
 *
 * @example
 * const id = uuid(); // '0b7e4a8c-3f1d-4c2a-9e5b-6d7f8a9b0c1d'
 */
export function uuid(): string {
  if (crypto.randomUUID) return crypto.randomUUID();
  const h = Array.from(crypto.getRandomValues(new Uint8Array(16)), (x, i) =>
    ((i == 6 ? (x & 15) | 64 : i == 8 ? (x & 63) | 128 : x) + 256).toString(16).slice(1),
  ).join('');
  return h.replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}
