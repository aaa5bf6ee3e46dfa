/**
 * Network blocking: `navigator.sendBeacon`, `fetch` and `XMLHttpRequest` to a URL that may
 * not be contacted. Such a request is dropped, not held: a beacon reports success (so the
 * tracker does not retry another way), `fetch` rejects as on a network error, and an
 * `XMLHttpRequest` is never sent.
 */
export function blockNetwork(allowed: (url: string) => boolean): void {
  const abs = (u: unknown) => (u instanceof Request ? u.url : String(u));
  const nav = navigator;
  const beacon = nav.sendBeacon;
  if (beacon) nav.sendBeacon = (url, data) => !allowed(abs(url)) || beacon.call(nav, url, data);

  const f = window.fetch;
  if (f) {
    window.fetch = function (input, init) {
      const url = abs(input);
      return allowed(url) ? f.call(this, input, init) : Promise.reject(new TypeError('cookiegate: blocked ' + url));
    };
  }

  const X = XMLHttpRequest.prototype;
  const open = X.open;
  const send = X.send;
  const blocked = new WeakSet<XMLHttpRequest>();
  X.open = function (this: XMLHttpRequest, _method: string, url: string | URL) {
    if (!allowed(abs(url))) blocked.add(this);
    return open.apply(this, arguments as unknown as Parameters<typeof open>);
  } as typeof open;
  X.send = function (this: XMLHttpRequest, body) {
    if (!blocked.has(this)) send.call(this, body);
  };
}
