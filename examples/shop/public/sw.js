/*
 * The demo shop's service worker: keeps the demo offline. Every request a page of the
 * shop makes to another origin is answered here and never leaves the machine: a vendor's
 * script URL gets the local stand-in from /stand-ins/ (see vendor-routes.js), anything
 * else an empty answer. Each answered request is reported to the page for the live panel.
 *
 * Limit: a service worker controls a page only once it is active. On the very first page
 * view it is registered and claims the page within moments (clients.claim()), but a
 * request made before that cannot be intercepted. Before the visitor decides, the shop
 * requests nothing from any vendor, so only a decision made in the first instant of the
 * very first visit could reach a real host (offline, it simply fails).
 */
/* global shopVendors */
importScripts('/vendor-routes.js');

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin === self.location.origin) return; // the shop itself: the network (the demo server)
  event.respondWith(answer(event, url));
});

async function answer(event, url) {
  const vendor = shopVendors.isVendorHost(url.hostname);
  report(event, { url: url.href, host: url.hostname, vendor: shopVendors.vendorOf(url.hostname), known: vendor });
  if (!vendor) return new Response('', { status: 204 });
  const a = shopVendors.answer(url);
  if (a.file) {
    const res = await fetch(a.file, { cache: 'no-store' });
    return new Response(await res.text(), {
      status: res.status,
      headers: { 'content-type': 'text/javascript; charset=utf-8' },
    });
  }
  const body = a.base64 ? Uint8Array.from(atob(a.body), (c) => c.charCodeAt(0)) : a.body;
  return new Response(a.status === 204 ? null : body, { status: a.status, headers: { 'content-type': a.contentType } });
}

async function report(event, detail) {
  const id = event.clientId || event.resultingClientId;
  const client = id && (await self.clients.get(id));
  if (client) client.postMessage({ type: 'shopdemo:vendor-request', detail });
}
