/**
 * Stand-ins for the vendors' hosts that behave like the real scripts: they set the
 * vendor's real cookie names on the site, report to the vendor's host the way the real
 * script does (beacon, image pixel, fetch, XHR), and record that they ran in `window.ran`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from '@playwright/test';
import type { Site } from '../harness';

/** A vendor's snippet, verbatim, from e2e/fixtures/snippets. */
export const snippet = (name: string): string =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'snippets', name + '.html'), 'utf8');

const js = (body: string) => (route: Route) => route.fulfill({ contentType: 'text/javascript', body });
const ok = (route: Route) => route.fulfill({ status: 204, body: '' });
const ran = (name: string) => `(window.ran = window.ran || []).push(${JSON.stringify(name)});`;
const cookie = (name: string, days = 30) =>
  `document.cookie = ${JSON.stringify(name)} + '=1; domain=.shop.test; path=/; max-age=${days * 86400}';`;

/** gtag.js / gtm.js: reads dataLayer like Google's does, sets the cookies and sends a hit. */
const GOOGLE = `
  var id = new URL(document.currentScript.src).searchParams.get('id');
  window.seenDataLayer = (window.seenDataLayer || []).concat([Array.from(window.dataLayer || [], function (e) {
    return e && typeof e.length == 'number' ? Array.prototype.slice.call(e) : e;
  })]);
  if (id.indexOf('G-') == 0) {
    ${ran('ga4')}
    ${cookie('_ga', 730)} document.cookie = '_ga_' + id.slice(2) + '=1; domain=.shop.test; path=/; max-age=999999';
    navigator.sendBeacon('https://region1.google-analytics.com/g/collect?v=2&tid=' + id + '&en=page_view');
  } else if (id.indexOf('AW-') == 0) {
    ${ran('ads')}
    ${cookie('_gcl_au', 90)}
    new Image().src = 'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/' + id.slice(3) + '/?random=1';
  } else {
    ${ran('gtm')}
  }`;

/** fbevents.js: takes over fbq, replays its queue, sets _fbp and fires the PageView pixel. */
const META = `
  ${ran('meta')}
  var fbq = window.fbq;
  window.fbqCalls = [];
  var consent = 'grant';
  fbq.callMethod = function () {
    var a = Array.prototype.slice.call(arguments);
    window.fbqCalls.push(a.join(':'));
    if (a[0] == 'consent') consent = a[1];
    if (a[0] == 'track' && consent == 'grant') new Image().src = 'https://www.facebook.com/tr/?id=1234567890&ev=' + a[1];
  };
  var q = fbq.queue.splice(0);
  for (var i = 0; i < q.length; i++) fbq.callMethod.apply(fbq, q[i]);
  if (consent == 'grant') { ${cookie('_fbp', 90)} }`;

const SMARTLOOK = `
  ${ran('smartlook')}
  document.cookie = 'SL_C_23361dd035530_SID=' + encodeURIComponent('{"k":{"s":"1"}}') + '; domain=.shop.test; path=/; max-age=999999';
  localStorage.setItem('SL_L_23361dd035530_SID', '{"k":{"s":"1"}}');
  fetch('https://web-writer.eu.smartlook.cloud/rec/v2', { method: 'POST', body: 'x', mode: 'no-cors' }).catch(function () {});`;

const ZENDESK = `
  ${ran('zendesk')}
  ${cookie('__zlcmid', 365)}
  window.zE = function () { (window.zeCalls = window.zeCalls || []).push(Array.prototype.slice.call(arguments).join(':')); };
  var x = new XMLHttpRequest(); x.open('GET', 'https://shop.zendesk.com/embeddable/config'); x.send();`;

/** Installs a stand-in on every vendor host of the seed shop. */
export function standIns(site: Site): void {
  site.host('googletagmanager.com', js(GOOGLE));
  site.host('google-analytics.com', ok);
  site.host('doubleclick.net', ok);
  site.host('googleadservices.com', ok);
  site.host('connect.facebook.net', js(META));
  site.host('facebook.com', ok);
  site.host('web-sdk.smartlook.com', js(SMARTLOOK));
  site.host('smartlook.cloud', ok);
  site.host('zdassets.com', js(ZENDESK));
  site.host('zopim.com', js(ZENDESK));
  site.host('zendesk.com', ok);
  site.host('youtube.com', (route) => route.fulfill({ contentType: 'text/html', body: '<p>video</p>' }));
}

/** Every host of a vendor, for counting requests. */
export const HOSTS: Record<string, string[]> = {
  'google-analytics': ['googletagmanager.com', 'google-analytics.com'],
  'google-ads': ['googletagmanager.com', 'doubleclick.net', 'googleadservices.com'],
  'google-tag-manager': ['googletagmanager.com'],
  'meta-pixel': ['connect.facebook.net', 'facebook.com'],
  smartlook: ['smartlook.com', 'smartlook.cloud'],
  'zendesk-chat': ['zdassets.com', 'zopim.com', 'zendesk.com'],
  youtube: ['youtube.com'],
};
