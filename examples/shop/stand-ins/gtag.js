/*
 * Stand-in for https://www.googletagmanager.com/gtag/js?id=… (the Google tag), served
 * locally by the demo shop (service worker, or Playwright routes in the tests).
 *
 * Behaves like the real tag as far as consent is concerned: reads the dataLayer queue and
 * every later push, applies Consent Mode (`consent default` / `update`), and for each
 * `config` command sets the vendor's real first-party cookies, when storage is granted
 * (GA4 `G-…`: _ga and _ga_<id>, 2 years; Google Ads `AW-…`: _gcl_au, 90 days), and
 * sends a hit to the vendor's host (region1.google-analytics.com/g/collect,
 * googleads.g.doubleclick.net/pagead/viewthroughconversion/…), which the demo answers
 * locally too. Without a granted storage type it only sends the cookieless hit, as
 * Consent Mode does; a later `consent update` that grants storage sets the cookies then.
 */
(function () {
  'use strict';
  var w = window,
    d = document;
  var me = d.currentScript;
  var tagId = '';
  try {
    tagId = new URL(me.src).searchParams.get('id') || '';
  } catch (e) {
    /* inline copy */
  }

  function ran(vendor, detail) {
    var demo = (w.shopDemo = w.shopDemo || { ran: [] });
    demo.ran.push({ vendor: vendor, detail: detail, at: Date.now() });
    d.dispatchEvent(new CustomEvent('shopdemo:ran', { detail: { vendor: vendor, detail: detail } }));
  }

  // Like gtag's cookie_domain 'auto': the highest domain that accepts the cookie; none on
  // localhost or an IP address.
  function setCookie(name, value, seconds) {
    var host = location.hostname,
      parts = host.split('.');
    var base = name + '=' + value + '; path=/; max-age=' + seconds + '; SameSite=Lax';
    if (parts.length > 1 && !/^[\d.]+$/.test(host) && host.indexOf(':') < 0) {
      for (var i = parts.length - 2; i >= 0; i--) {
        var domain = parts.slice(i).join('.');
        d.cookie = base + '; domain=' + domain;
        if (getCookie(name) === value) return;
      }
    }
    d.cookie = base;
  }
  function getCookie(name) {
    var m = d.cookie.match(new RegExp('(?:^|; )' + name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + '=([^;]*)'));
    return m ? m[1] : null;
  }
  function rand() {
    return Math.floor(Math.random() * 2147483647);
  }
  function now() {
    return Math.floor(Date.now() / 1000);
  }

  // One Google tag per page handles every tag id, as the real one does.
  var state = w.__shopGtag;
  if (state) {
    state.loaded.push(tagId);
    ran(/^AW-/.test(tagId) ? 'google-ads' : 'google-analytics', 'gtag.js?id=' + tagId + ' (already running)');
    return;
  }
  state = w.__shopGtag = { loaded: [tagId], consent: {}, configured: {} };

  function granted(type) {
    return state.consent[type] !== 'denied';
  }
  function gcs() {
    return 'G1' + (granted('ad_storage') ? '1' : '0') + (granted('analytics_storage') ? '1' : '0');
  }

  function beacon(url) {
    try {
      fetch(url, { method: 'POST', mode: 'no-cors', credentials: 'include' }).catch(function () {});
    } catch (e) {
      /* ignore */
    }
  }
  function pixel(url) {
    new Image().src = url;
  }

  function ga4(id, eventName) {
    var cid = getCookie('_ga');
    if (granted('analytics_storage')) {
      if (!cid) setCookie('_ga', (cid = 'GA1.1.' + rand() + '.' + now()), 63072000);
      setCookie('_ga_' + id.slice(2), 'GS2.1.s' + now() + '$o1$g0$t' + now() + '$j0$l0$h0', 63072000);
    }
    beacon(
      'https://region1.google-analytics.com/g/collect?v=2&tid=' +
        encodeURIComponent(id) +
        '&gcs=' +
        gcs() +
        (cid && granted('analytics_storage') ? '&cid=' + encodeURIComponent(cid.replace(/^GA1\.\d\./, '')) : '') +
        '&en=' +
        encodeURIComponent(eventName) +
        '&dl=' +
        encodeURIComponent(location.href) +
        '&dt=' +
        encodeURIComponent(d.title),
    );
  }

  function ads(id, eventName) {
    if (granted('ad_storage') && !getCookie('_gcl_au')) setCookie('_gcl_au', '1.1.' + rand() + '.' + now(), 7776000);
    pixel(
      'https://googleads.g.doubleclick.net/pagead/viewthroughconversion/' +
        id.slice(3) +
        '/?random=' +
        rand() +
        '&gcs=' +
        gcs() +
        '&en=' +
        encodeURIComponent(eventName) +
        '&url=' +
        encodeURIComponent(location.href),
    );
  }

  function hit(id, eventName) {
    if (/^G-/.test(id)) ga4(id, eventName);
    else if (/^AW-/.test(id)) ads(id, eventName);
  }

  function handle(cmd) {
    // gtag() pushes its `arguments`; anything else (GTM-style objects) is ignored here.
    if (!cmd || typeof cmd.length !== 'number' || typeof cmd === 'string') return;
    var name = cmd[0];
    if (name === 'consent' && cmd[2] && typeof cmd[2] === 'object') {
      var before = { ad: granted('ad_storage'), analytics: granted('analytics_storage') };
      for (var k in cmd[2]) if (/_storage$|^ad_/.test(k)) state.consent[k] = cmd[2][k];
      // Storage granted after the tags fired (an `update` after `config`): the tag now sets
      // its cookies and pings again, as gtag.js does.
      if (cmd[1] === 'update') {
        for (var cid in state.configured) {
          if (
            (/^G-/.test(cid) && !before.analytics && granted('analytics_storage')) ||
            (/^AW-/.test(cid) && !before.ad && granted('ad_storage'))
          )
            hit(cid, 'consent_update');
        }
      }
    } else if (name === 'config' && typeof cmd[1] === 'string' && !state.configured[cmd[1]]) {
      state.configured[cmd[1]] = true;
      ran(/^AW-/.test(cmd[1]) ? 'google-ads' : 'google-analytics', 'config ' + cmd[1]);
      hit(cmd[1], 'page_view');
    } else if (name === 'event' && typeof cmd[1] === 'string') {
      for (var id in state.configured) hit(id, cmd[1]);
    }
  }

  var dl = (w.dataLayer = w.dataLayer || []);
  for (var i = 0; i < dl.length; i++) handle(dl[i]);
  var push = dl.push;
  dl.push = function () {
    var r = push.apply(dl, arguments);
    for (var j = 0; j < arguments.length; j++) handle(arguments[j]);
    return r;
  };
  ran(/^AW-/.test(tagId) ? 'google-ads' : 'google-analytics', 'gtag.js?id=' + tagId);
})();
