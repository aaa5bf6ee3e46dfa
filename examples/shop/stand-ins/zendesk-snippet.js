/*
 * Stand-in for https://static.zdassets.com/ekr/snippet.js?key=… (Zendesk Web Widget with
 * Chat), served locally by the demo shop (service worker, or Playwright routes in the
 * tests). The shop loads it only when the visitor clicks "Chatta med oss" (a click-to-load
 * facade), so the chat's visitor id is set at the visitor's request, not on arrival.
 *
 * Like the real widget: fetches its configuration from ekr.zdassets.com/compose/<key>,
 * sets the __zlcmid visitor id (365 days) and shows a chat window; exposes `zE`.
 */
(function () {
  'use strict';
  var w = window,
    d = document;
  if (w.zE && w.zE.__shopStandIn) {
    w.zE('webWidget', 'open');
    return;
  }
  var me = d.currentScript;
  var key = '';
  try {
    key = new URL(me.src).searchParams.get('key') || '';
  } catch (e) {
    /* ignore */
  }

  function ran(detail) {
    var demo = (w.shopDemo = w.shopDemo || { ran: [] });
    demo.ran.push({ vendor: 'zendesk-chat', detail: detail, at: Date.now() });
    d.dispatchEvent(new CustomEvent('shopdemo:ran', { detail: { vendor: 'zendesk-chat', detail: detail } }));
  }

  if (!/(?:^|; )__zlcmid=/.test(d.cookie)) {
    d.cookie =
      '__zlcmid=' +
      Math.random().toString(36).slice(2, 12) +
      Math.random().toString(36).slice(2, 8) +
      '; path=/; max-age=31536000; SameSite=Lax';
  }
  fetch('https://ekr.zdassets.com/compose/' + encodeURIComponent(key), { mode: 'no-cors' }).catch(function () {});

  var box;
  function open() {
    if (box) {
      box.hidden = false;
      box.querySelector('textarea').focus();
      return;
    }
    box = d.createElement('section');
    box.className = 'zd-standin';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'Chatt (Zendesk, lokal attrapp)');
    box.innerHTML =
      '<header><strong>Chatta med oss</strong><button type="button" aria-label="Stäng chatten">×</button></header>' +
      '<p>Det här är en lokal attrapp av Zendesk Chat: inget skickas till Zendesk.</p>' +
      '<label>Meddelande<textarea rows="3"></textarea></label>';
    box.querySelector('button').addEventListener('click', function () {
      box.hidden = true;
    });
    d.body.appendChild(box);
    box.querySelector('textarea').focus();
  }
  var zE = function (a, b) {
    if (b === 'open' || b === 'show') open();
    if (b === 'close' || b === 'hide') box && (box.hidden = true);
  };
  zE.__shopStandIn = true;
  w.zE = zE;
  w.$zopim = w.$zopim || { livechat: { window: { show: open } } };
  ran('snippet.js?key=' + key.slice(0, 8) + '…');
  open();
})();
