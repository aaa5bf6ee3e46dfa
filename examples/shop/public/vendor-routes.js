/*
 * Which requests of the shop's vendors get which local answer. Shared by the demo's
 * service worker (importScripts) and the Playwright journeys (e2e/shop), so that both
 * answer the vendors' hosts the same way: the vendor's script URL gets its stand-in from
 * /stand-ins/, every other request to a vendor host (beacons, pixels, config) a small
 * empty answer. Nothing here ever reaches a real vendor.
 */
(function (g) {
  'use strict';
  /** Hosts of the seed shop's vendors and their subdomains (compliance.md §5.7), suffix match. */
  var HOSTS = [
    // Google Analytics 4, Google Ads
    'googletagmanager.com',
    'google-analytics.com',
    'analytics.google.com',
    'doubleclick.net',
    'googleadservices.com',
    'googlesyndication.com',
    'google.com',
    'google.se',
    // Meta pixel
    'facebook.net',
    'facebook.com',
    // Smartlook
    'smartlook.com',
    'smartlook.cloud',
    // Zendesk Chat / Web Widget
    'zdassets.com',
    'zendesk.com',
    'zopim.com',
    'zopim.io',
    'smooch.io',
    'zdusercontent.com',
  ];

  /** The vendor a host belongs to, for the demo panel and the tests' counts. */
  var VENDORS = [
    [/(^|\.)(googletagmanager\.com|google-analytics\.com|analytics\.google\.com)$/, 'google'],
    [/(^|\.)(doubleclick\.net|googleadservices\.com|googlesyndication\.com|google\.com|google\.se)$/, 'google-ads'],
    [/(^|\.)(facebook\.net|facebook\.com)$/, 'meta'],
    [/(^|\.)(smartlook\.com|smartlook\.cloud)$/, 'smartlook'],
    [/(^|\.)(zdassets\.com|zendesk\.com|zopim\.com|zopim\.io|smooch\.io|zdusercontent\.com)$/, 'zendesk'],
  ];

  function isVendorHost(hostname) {
    for (var i = 0; i < HOSTS.length; i++) {
      var h = HOSTS[i];
      if (hostname === h || hostname.slice(-(h.length + 1)) === '.' + h) return true;
    }
    return false;
  }

  function vendorOf(hostname) {
    for (var i = 0; i < VENDORS.length; i++) if (VENDORS[i][0].test(hostname)) return VENDORS[i][1];
    return null;
  }

  // 1×1 transparent GIF, as tracking pixels answer.
  var GIF = 'R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

  /**
   * The local answer for a request to a vendor host (a URL object):
   * `{ file: '/stand-ins/x.js' }` (serve that file as JavaScript) or
   * `{ status, contentType, body, base64 }` (answer directly).
   */
  function answer(url) {
    var host = url.hostname,
      path = url.pathname;
    if (/(^|\.)googletagmanager\.com$/.test(host) && /^\/gtag\/js/.test(path)) return { file: '/stand-ins/gtag.js' };
    if (/(^|\.)facebook\.net$/.test(host) && /\/fbevents\.js$/.test(path)) return { file: '/stand-ins/fbevents.js' };
    if (/(^|\.)smartlook\.com$/.test(host) && /\/recorder\.js$/.test(path))
      return { file: '/stand-ins/smartlook-recorder.js' };
    if (/(^|\.)zdassets\.com$/.test(host) && /^\/ekr\/snippet\.js$/.test(path))
      return { file: '/stand-ins/zendesk-snippet.js' };
    if (/(^|\.)facebook\.com$/.test(host) && /^\/tr\/?$/.test(path))
      return { status: 200, contentType: 'image/gif', body: GIF, base64: true };
    if (/^\/pagead\/viewthroughconversion\//.test(path))
      return { status: 200, contentType: 'image/gif', body: GIF, base64: true };
    if (/(^|\.)zdassets\.com$/.test(host) && /^\/compose\//.test(path))
      return { status: 200, contentType: 'application/json', body: '{"features":[{"id":"chat"}]}' };
    return { status: 204, contentType: 'text/plain', body: '' };
  }

  g.shopVendors = { HOSTS: HOSTS, isVendorHost: isVendorHost, vendorOf: vendorOf, answer: answer };
})(typeof self !== 'undefined' ? self : globalThis);
