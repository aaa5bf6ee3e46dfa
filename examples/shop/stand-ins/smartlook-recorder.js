/*
 * Stand-in for https://web-sdk.smartlook.com/recorder.js (Smartlook session recording),
 * served locally by the demo shop (service worker, or Playwright routes in the tests).
 *
 * Takes over the `smartlook` stub of Smartlook's snippet: `init` stores the session in the
 * cookie and the localStorage key Smartlook documents (SL_C_23361dd035530_SID and
 * SL_L_23361dd035530_SID, 13 months; `{ cookies: false }` keeps only the localStorage
 * one), then reports to the recording endpoint under smartlook.cloud at start and every
 * 15 seconds while the page is visible, as a recorder sends its chunks.
 */
(function () {
  'use strict';
  var w = window,
    d = document;
  var sl = w.smartlook;
  if (!sl || sl.__shopStandIn) return;
  var KEY = 'SL_C_23361dd035530_SID',
    LS = 'SL_L_23361dd035530_SID';

  function ran(detail) {
    var demo = (w.shopDemo = w.shopDemo || { ran: [] });
    demo.ran.push({ vendor: 'smartlook', detail: detail, at: Date.now() });
    d.dispatchEvent(new CustomEvent('shopdemo:ran', { detail: { vendor: 'smartlook', detail: detail } }));
  }
  function id() {
    return Math.random().toString(36).slice(2, 14);
  }
  function send(project, session, what) {
    try {
      fetch(
        'https://web-writer.eu.smartlook.cloud/rec/v2/write?key=' +
          encodeURIComponent(project) +
          '&sid=' +
          session.sessionId +
          '&vid=' +
          session.visitorId +
          '&what=' +
          what,
        { method: 'POST', mode: 'no-cors', body: location.pathname },
      ).catch(function () {});
    } catch (e) {
      /* ignore */
    }
  }

  function init(project, options) {
    var useCookies = !(options && options.cookies === false);
    var stored = null;
    try {
      stored = JSON.parse(localStorage.getItem(LS) || 'null');
    } catch (e) {
      /* fresh */
    }
    var session = (stored && stored[project]) || { sessionId: id(), visitorId: id() };
    var value = {};
    value[project] = session;
    try {
      localStorage.setItem(LS, JSON.stringify(value));
    } catch (e) {
      /* storage off */
    }
    if (useCookies)
      d.cookie =
        KEY +
        '=' +
        encodeURIComponent(JSON.stringify(value)) +
        '; path=/; max-age=' +
        13 * 30 * 86400 +
        '; SameSite=Lax';
    ran('init ' + project.slice(0, 8) + '…');
    send(project, session, 'start');
    setInterval(function () {
      if (d.visibilityState === 'visible') send(project, session, 'chunk');
    }, 15000);
  }

  var queue = sl.api || [];
  w.smartlook = function () {
    var args = arguments;
    if (args[0] === 'init') init(String(args[1]), args[2]);
  };
  w.smartlook.__shopStandIn = true;
  w.smartlook.api = [];
  for (var i = 0; i < queue.length; i++) w.smartlook.apply(null, queue[i]);
  ran('recorder.js');
})();
