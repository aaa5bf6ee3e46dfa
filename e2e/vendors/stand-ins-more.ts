/**
 * Stand-ins for the vendors the presets added for the Nordic shops (issue 16), like
 * stand-ins.ts: each sets its vendor's real cookie names on the site, reports to its
 * vendor's host the way the real script does, honours the vendor's consent API as its
 * documentation describes, and records in `window.calls` the consent-relevant commands it
 * processed, in order.
 */
import type { Route } from '@playwright/test';
import type { Site } from '../harness';

const js = (body: string) => (route: Route) => route.fulfill({ contentType: 'text/javascript', body });
const ok = (route: Route) => route.fulfill({ status: 204, body: '' });
const html = (route: Route) =>
  route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>embed</title><p>embed</p>' });
const ran = (name: string) => `(window.ran = window.ran || []).push(${JSON.stringify(name)});`;
const call = (what: string) => `(window.calls = window.calls || []).push(${what});`;
const cookie = (name: string, days: number) =>
  `document.cookie = ${name} + '=1; domain=.shop.test; path=/; max-age=${days * 86400}';`;

/** bat.js: defines UET; the snippet's onload makes `new UET({ q })`, which replays the flat queue. */
const UET = `
  ${ran('uet')}
  window.UET = function (o) {
    var consent = 'granted', self = this, q = o.q || [], i = 0;
    this.push = function () {
      var a = Array.prototype.slice.call(arguments);
      if (a[0] == 'consent') { consent = a[2].ad_storage; ${call("'consent ' + a[1] + ' ' + consent")} return; }
      ${call('a[0]')}
      if (consent == 'granted') { ${cookie("'_uetsid'", 1)} ${cookie("'_uetvid'", 390)} navigator.sendBeacon('https://bat.bing.com/action/0?ti=' + o.ti + '&evt=' + a[0]); }
    };
    // The queue is flat: 'consent', 'default', {...} are three entries.
    while (i < q.length) { if (q[i] == 'consent') { self.push(q[i], q[i + 1], q[i + 2]); i += 3; } else self.push(q[i++]); }
  };`;

/** clarity.ms/tag/<id>: replays clarity.q; cookies and uploads only with analytics_Storage granted. */
const CLARITY = `
  ${ran('clarity')}
  var consent = 'granted';
  var c = function () {
    var a = Array.prototype.slice.call(arguments);
    if (a[0] == 'consentv2') { consent = a[1].analytics_Storage; ${call("'consentv2 ' + consent + ' ad ' + a[1].ad_Storage")} }
    if (consent == 'granted' && !window.clarityStarted) {
      window.clarityStarted = true;
      ${cookie("'_clck'", 365)} ${cookie("'_clsk'", 1)}
      fetch('https://k.clarity.ms/collect', { method: 'POST', body: 'x', mode: 'no-cors' }).catch(function () {});
    }
  };
  var q = (window.clarity && window.clarity.q) || [];
  window.clarity = c;
  for (var i = 0; i < q.length; i++) c.apply(null, q[i]);
  c('set', 'started');`;

/** events.js: replays the ttq queue; with holdConsent, events wait for grantConsent. */
const TIKTOK = `
  ${ran('tiktok')}
  var ttq = window.ttq, hold = false, waiting = [];
  var fire = function (ev) { ${cookie("'_ttp'", 390)} ${cookie("'_tt_enable_cookie'", 390)} navigator.sendBeacon('https://analytics.tiktok.com/api/v2/pixel?event=' + ev); };
  var run = function (a) {
    ${call('a[0]')}
    if (a[0] == 'holdConsent') hold = true;
    else if (a[0] == 'revokeConsent') { hold = true; waiting = []; }
    else if (a[0] == 'grantConsent') { hold = false; waiting.splice(0).forEach(fire); }
    else if (a[0] == 'page' || a[0] == 'track') hold ? waiting.push(a[1] || 'Pageview') : fire(a[1] || 'Pageview');
  };
  var q = Array.prototype.slice.call(ttq);
  ttq.length = 0;
  ttq.methods.forEach(function (m) { ttq[m] = function () { run([m].concat(Array.prototype.slice.call(arguments))); }; });
  ttq.push = function (a) { run(a); };
  q.forEach(run);`;

/** core.js: replays pintrk.queue; events go out unless consent was set to false. */
const PINTEREST = `
  ${ran('pinterest')}
  var consent = true;
  var p = function () {
    var a = Array.prototype.slice.call(arguments);
    ${call("a[0] + (a[0] == 'setconsent' ? ' ' + a[1] : '')")}
    if (a[0] == 'setconsent') consent = a[1];
    if (a[0] == 'page' && consent) { ${cookie("'_pin_unauth'", 365)} ${cookie("'_epik'", 365)} new Image().src = 'https://ct.pinterest.com/v3/?event=pagevisit&tid=2612345678901'; }
  };
  var q = window.pintrk.queue;
  window.pintrk = p;
  for (var i = 0; i < q.length; i++) p.apply(null, q[i]);`;

const LINKEDIN = `
  ${ran('linkedin')}
  ${cookie("'li_fat_id'", 30)} ${cookie("'li_giant'", 7)}
  new Image().src = 'https://px.ads.linkedin.com/collect?pid=' + window._linkedin_data_partner_ids[0] + '&fmt=js';`;

const HOTJAR = `
  ${ran('hotjar')}
  ${cookie("'_hjSessionUser_1234567'", 365)} ${cookie("'_hjSession_1234567'", 1)}
  localStorage.setItem('_hjLocalStorageTest', '1');
  fetch('https://content.hotjar.io/api/v2/client/sites/1234567/visit-data', { method: 'POST', body: 'x', mode: 'no-cors' }).catch(function () {});`;

const KLAVIYO = `
  ${ran('klaviyo')}
  ${cookie("'__kla_id'", 730)}
  localStorage.setItem('klaviyoOnsite', '{}');
  fetch('https://a.klaviyo.com/client/events/?company_id=AbC123', { method: 'POST', body: 'x', mode: 'no-cors' }).catch(function () {});`;

const KLARNA = `
  ${ran('klarna')}
  ${cookie("'__klarna_sdk_id'", 365)}
  navigator.sendBeacon('https://eu.klarnaevt.com/v1/osm-client-script/1/1?event=placement-viewed');`;

/** matomo.js: replays _paq; with requireConsent, nothing is tracked until setConsentGiven. */
const MATOMO = `
  ${ran('matomo')}
  var need = false, given = false, pending = [];
  var track = function () { ${cookie("'_pk_id.1.2e3f'", 395)} ${cookie("'_pk_ses.1.2e3f'", 1)} navigator.sendBeacon('https://stats.shop.test/matomo.php?idsite=1&rec=1'); };
  var run = function (a) {
    ${call('a[0]')}
    if (a[0] == 'requireConsent' || a[0] == 'requireCookieConsent') need = true;
    else if (a[0] == 'setConsentGiven') { given = true; pending.splice(0).forEach(track); }
    else if (a[0] == 'forgetConsentGiven') given = false;
    else if (a[0] == 'trackPageView') (need && !given) ? pending.push(1) : track();
  };
  var q = window._paq;
  window._paq = { push: function () { for (var i = 0; i < arguments.length; i++) run(arguments[i]); } };
  for (var i = 0; i < q.length; i++) run(q[i]);`;

/** Installs a stand-in on every host of the added vendors. */
export function moreStandIns(site: Site): void {
  site.host('bat.bing.com', (route, url) => (url.pathname == '/bat.js' ? js(UET)(route) : ok(route)));
  site.host('www.clarity.ms', js(CLARITY));
  site.host('clarity.ms', ok);
  site.host('analytics.tiktok.com', (route, url) => (/events\.js$/.test(url.pathname) ? js(TIKTOK)(route) : ok(route)));
  site.host('s.pinimg.com', js(PINTEREST));
  site.host('ct.pinterest.com', ok);
  site.host('snap.licdn.com', js(LINKEDIN));
  site.host('px.ads.linkedin.com', ok);
  site.host('static.hotjar.com', js(HOTJAR));
  site.host('hotjar.io', ok);
  site.host('static.klaviyo.com', js(KLAVIYO));
  site.host('a.klaviyo.com', ok);
  site.host('js.klarna.com', js(KLARNA));
  site.host('klarnaevt.com', ok);
  site.host('player.vimeo.com', (route, url) =>
    /\.js$/.test(url.pathname) ? js(`${ran('vimeo')}`)(route) : html(route),
  );
  site.host('www.google.com', (route, url) =>
    url.pathname.startsWith('/maps') ? html(route) : route.abort('blockedbyclient'),
  );
  site.host('stats.shop.test', (route, url) => (url.pathname == '/matomo.js' ? js(MATOMO)(route) : ok(route)));
}

/** Every host of a vendor, for counting requests. */
export const MORE_HOSTS: Record<string, string[]> = {
  'microsoft-advertising': ['bat.bing.com'],
  'microsoft-clarity': ['clarity.ms', 'c.bing.com'],
  'tiktok-pixel': ['analytics.tiktok.com'],
  'pinterest-tag': ['s.pinimg.com', 'ct.pinterest.com'],
  'linkedin-insight': ['snap.licdn.com', 'px.ads.linkedin.com'],
  hotjar: ['hotjar.com', 'hotjar.io'],
  klaviyo: ['klaviyo.com'],
  'klarna-osm': ['js.klarna.com', 'klarnaevt.com'],
  vimeo: ['vimeo.com', 'vimeocdn.com'],
  'google-maps': ['www.google.com', 'maps.googleapis.com'],
  matomo: ['stats.shop.test'],
};
