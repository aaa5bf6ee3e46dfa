/*
 * Stand-in for https://connect.facebook.net/en_US/fbevents.js (the Meta pixel), served
 * locally by the demo shop (service worker, or Playwright routes in the tests).
 *
 * Takes over the `fbq` stub of Meta's base code like the real script: replays its queue
 * and handles every later call. `init` and `track` set the first-party cookies the real
 * pixel sets (_fbp, 90 days; _fbc, 90 days, only when the URL carries fbclid) and fire the
 * pixel to www.facebook.com/tr (an image request, answered locally). `fbq('consent',
 * 'revoke')` holds the fires and sets nothing until `fbq('consent', 'grant')`, as Meta
 * documents.
 */
(function () {
  'use strict';
  var w = window,
    d = document;
  var fbq = w.fbq;
  if (!fbq || fbq.__shopStandIn) return;
  fbq.__shopStandIn = true;

  function ran(detail) {
    var demo = (w.shopDemo = w.shopDemo || { ran: [] });
    demo.ran.push({ vendor: 'meta-pixel', detail: detail, at: Date.now() });
    d.dispatchEvent(new CustomEvent('shopdemo:ran', { detail: { vendor: 'meta-pixel', detail: detail } }));
  }
  function getCookie(name) {
    var m = d.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
    return m ? m[1] : null;
  }
  // The pixel sets its cookies on the registrable domain (subdomainIndex 1), or the host.
  function setCookie(name, value) {
    var host = location.hostname,
      parts = host.split('.');
    var base = name + '=' + value + '; path=/; max-age=7776000; SameSite=Lax';
    if (parts.length > 1 && !/^[\d.]+$/.test(host)) {
      d.cookie = base + '; domain=.' + parts.slice(-2).join('.');
      if (getCookie(name) === value) return;
    }
    d.cookie = base;
  }

  var pixels = [];
  var revoked = false;
  var held = [];

  function fire(ev, params) {
    if (revoked) {
      held.push([ev, params]);
      return;
    }
    var fbp = getCookie('_fbp');
    if (!fbp) setCookie('_fbp', (fbp = 'fb.1.' + Date.now() + '.' + Math.floor(Math.random() * 2147483647)));
    var fbclid = new URLSearchParams(location.search).get('fbclid');
    if (fbclid && !getCookie('_fbc')) setCookie('_fbc', 'fb.1.' + Date.now() + '.' + fbclid);
    for (var i = 0; i < pixels.length; i++) {
      new Image().src =
        'https://www.facebook.com/tr/?id=' +
        encodeURIComponent(pixels[i]) +
        '&ev=' +
        encodeURIComponent(ev) +
        '&dl=' +
        encodeURIComponent(location.href) +
        '&fbp=' +
        encodeURIComponent(fbp) +
        '&ts=' +
        Date.now() +
        (params ? '&cd=' + encodeURIComponent(JSON.stringify(params)) : '');
    }
    ran('track ' + ev);
  }

  function handle(args) {
    var m = args[0];
    if (m === 'init' && args[1]) {
      pixels.push(String(args[1]));
      ran('init ' + args[1]);
    } else if (m === 'consent') {
      revoked = args[1] === 'revoke';
      if (!revoked) {
        var h = held;
        held = [];
        for (var i = 0; i < h.length; i++) fire(h[i][0], h[i][1]);
      }
    } else if (m === 'track' || m === 'trackCustom') fire(String(args[1]), args[2]);
  }

  fbq.callMethod = function () {
    handle(arguments);
  };
  var queue = fbq.queue || [];
  fbq.queue = [];
  for (var i = 0; i < queue.length; i++) handle(queue[i]);
  ran('fbevents.js');
})();
