/*
 * The demo shop's own script (first party, necessary): the live demo panel, the
 * click-to-load chat, the fallback cookie table and the service worker that keeps the
 * demo offline. Plain JS, no build step; it only reads cookiegate's public API.
 */
(function () {
  'use strict';
  var d = document;
  var config = {};
  try {
    config = JSON.parse(d.getElementById('cookiegate-config').textContent);
  } catch (e) {
    /* no config */
  }
  var services = config.services || {};
  var lang = (d.documentElement.lang || 'sv').slice(0, 2);
  var TEXTS = {
    sv: {
      none: 'Inget val ännu: inget utom det nödvändiga får köras.',
      granted: 'Godkänt',
      refused: 'Nekat',
      notRun: 'har inte körts',
      ran: 'körde',
      noCookies: '(inga)',
      httpOnly: 'PHPSESSID är HttpOnly: den finns men syns inte för skript (nödvändig, varukorgen).',
      swOff: 'Service worker inte aktiv (ännu): leverantörsanrop besvaras inte lokalt på denna sidvisning.',
      swOn: 'Anrop till leverantörer, besvarade lokalt av service workern: ',
      owner: { cookiegate: 'ditt cookieval' },
      announce: ' körde nu',
    },
    en: {
      none: 'No choice yet: nothing but the necessary may run.',
      granted: 'Granted',
      refused: 'Refused',
      notRun: 'has not run',
      ran: 'ran',
      noCookies: '(none)',
      httpOnly: 'PHPSESSID is HttpOnly: it exists but scripts cannot see it (necessary, the cart).',
      swOff: 'Service worker not active (yet): vendor requests are not answered locally on this page view.',
      swOn: 'Requests to vendors, answered locally by the service worker: ',
      owner: { cookiegate: 'your cookie choice' },
      announce: ' just ran',
    },
    da: {
      none: 'Intet valg endnu: kun det nødvendige må køre.',
      granted: 'Tilladt',
      refused: 'Afvist',
      notRun: 'har ikke kørt',
      ran: 'kørte',
      noCookies: '(ingen)',
      httpOnly: 'PHPSESSID er HttpOnly: den findes, men scripts kan ikke se den (nødvendig, kurven).',
      swOff: 'Service worker ikke aktiv (endnu): kald til leverandører besvares ikke lokalt ved denne sidevisning.',
      swOn: 'Kald til leverandører, besvaret lokalt af service workeren: ',
      owner: { cookiegate: 'dit cookievalg' },
      announce: ' kørte nu',
    },
  };
  var T = TEXTS[lang] || TEXTS.sv;

  function text(v) {
    if (!v || typeof v === 'string') return v || '';
    return (
      v[lang] ||
      v.sv ||
      v.en ||
      Object.keys(v).map(function (k) {
        return v[k];
      })[0] ||
      ''
    );
  }
  function re(p) {
    return new RegExp(
      '^' +
        p
          .split('*')
          .map(function (s) {
            return s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
          })
          .join('.*') +
        '$',
    );
  }
  function ownerOf(name) {
    if (name === ((config.cookie && config.cookie.name) || 'cookiegate')) return T.owner.cookiegate;
    for (var id in services) {
      var list = (services[id].cookies || []).concat(services[id].storage || []);
      for (var i = 0; i < list.length; i++) {
        var n = typeof list[i] === 'string' ? list[i] : list[i].name;
        if (re(n).test(name)) return text(services[id].title) || id;
      }
    }
    return '?';
  }

  // ---- Live panel -------------------------------------------------------------------
  var panel = d.getElementById('demo-panel');
  var vendorRequests = 0;
  var swActive = !!(navigator.serviceWorker && navigator.serviceWorker.controller);
  var lastSignature = '';
  var announced = 0;

  function el(tag, txt, cls) {
    var e = d.createElement(tag);
    if (txt != null) e.textContent = txt;
    if (cls) e.className = cls;
    return e;
  }
  function fill(slot, items) {
    var ul = panel.querySelector('[data-panel="' + slot + '"]');
    if (!ul) return;
    ul.replaceChildren.apply(ul, items.length ? items : [el('li', T.noCookies, 'muted')]);
  }

  function render() {
    if (!panel) return;
    var cg = window.cookiegate;
    var consent = cg && cg.getConsent ? cg.getConsent() : null;
    var ran = (window.shopDemo && window.shopDemo.ran) || [];
    var cookies = d.cookie
      ? d.cookie.split('; ').map(function (c) {
          return c.split('=')[0];
        })
      : [];
    var storage = [];
    try {
      storage = Object.keys(localStorage);
    } catch (e) {
      /* off */
    }
    var gcm = null;
    var dl = window.dataLayer || [];
    for (var i = 0; i < dl.length; i++) {
      if (dl[i] && dl[i][0] === 'consent' && dl[i][2]) gcm = Object.assign(gcm || {}, dl[i][2]);
    }
    var sig = JSON.stringify([consent, ran.length, cookies, storage, vendorRequests, swActive, gcm]);
    if (sig === lastSignature) return;
    lastSignature = sig;

    var choice = panel.querySelector('[data-panel="consent"]');
    if (!consent) choice.textContent = T.none;
    else {
      var yes = [],
        no = [];
      for (var id in services) {
        if ((config.categories[services[id].category] || {}).required) continue;
        (consent.decisions[id] ? yes : no).push(text(services[id].title) || id);
      }
      choice.textContent =
        T.granted + ': ' + (yes.join(', ') || '–') + '. ' + T.refused + ': ' + (no.join(', ') || '–') + '.';
    }

    var items = [];
    for (var sid in services) {
      if (sid === 'magento') continue;
      var runs = ran.filter(function (r) {
        return r.vendor === sid;
      });
      var li = el('li');
      li.dataset.service = sid;
      li.dataset.ran = runs.length ? 'yes' : 'no';
      li.append(el('span', runs.length ? '● ' : '○ ', runs.length ? 'on' : 'off'));
      li.append(el('strong', text(services[sid].title) || sid));
      li.append(
        ' ' +
          (runs.length
            ? T.ran +
              ': ' +
              runs
                .map(function (r) {
                  return r.detail;
                })
                .join(', ')
            : T.notRun),
      );
      items.push(li);
    }
    fill('ran', items);

    fill(
      'cookies',
      cookies
        .map(function (n) {
          var li = el('li');
          li.append(el('code', n), ' – ' + ownerOf(n));
          return li;
        })
        .concat([el('li', T.httpOnly, 'muted')]),
    );
    fill(
      'storage',
      storage.map(function (n) {
        var li = el('li');
        li.append(el('code', n), ' – ' + ownerOf(n));
        return li;
      }),
    );
    panel.querySelector('[data-panel="gcm"]').textContent = gcm
      ? ['analytics_storage', 'ad_storage', 'ad_user_data', 'ad_personalization']
          .map(function (k) {
            return k + ': ' + (gcm[k] || '–');
          })
          .join(', ')
      : T.noCookies;
    panel.querySelector('[data-panel="requests"]').textContent = swActive ? T.swOn + vendorRequests : T.swOff;

    if (ran.length > announced) {
      var status = panel.querySelector('[data-panel="status"]');
      var names = ran.slice(announced).map(function (r) {
        return text((services[r.vendor] || {}).title) || r.vendor;
      });
      status.textContent =
        names
          .filter(function (n, i) {
            return names.indexOf(n) === i;
          })
          .join(', ') + T.announce;
      announced = ran.length;
    }
  }

  d.addEventListener('cookiegate:change', render);
  d.addEventListener('shopdemo:ran', render);
  setInterval(render, 1000);
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', render);
  else render();

  // ---- Service worker: keeps the demo offline ---------------------------------------
  if ('serviceWorker' in navigator && !/[?&]sw=0\b/.test(location.search)) {
    navigator.serviceWorker.addEventListener('message', function (e) {
      if (e.data && e.data.type === 'shopdemo:vendor-request') {
        vendorRequests++;
        render();
      }
    });
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      swActive = true;
      render();
    });
    navigator.serviceWorker.register('/sw.js').catch(function () {
      /* blocked (tests) or unsupported */
    });
  }

  // ---- Click-to-load chat: Zendesk is contacted only when the visitor asks ------------
  d.addEventListener('click', function (e) {
    var btn = e.target.closest && e.target.closest('[data-chat-open]');
    if (!btn) return;
    var tpl = d.getElementById('zendesk-snippet');
    if (window.zE) {
      window.zE('webWidget', 'open');
      return;
    }
    if (!tpl || d.getElementById('ze-snippet')) return;
    // The vendor's snippet as published, kept inert in a <template> until now.
    var original = tpl.content.querySelector('script');
    var s = d.createElement('script');
    for (var i = 0; i < original.attributes.length; i++)
      s.setAttribute(original.attributes[i].name, original.attributes[i].value);
    d.body.appendChild(s);
    btn.setAttribute('aria-expanded', 'true');
  });

  // ---- Cookie policy: show our own table until cookiegate's declaration renders ---------
  var declaration = d.querySelector('[data-cookiegate-declaration]');
  var fallback = d.getElementById('declaration-fallback');
  if (declaration && fallback) {
    var check = function () {
      var rendered =
        !!declaration.shadowRoot || declaration.childElementCount > 0 || declaration.textContent.trim() !== '';
      fallback.hidden = rendered;
    };
    check();
    setInterval(check, 500);
  }

  // ---- Privacy page: the visitor's consent id and receipt ---------------------------
  var receipt = d.getElementById('my-receipt');
  if (receipt) {
    var ACTIONS = {
      accept_all: 'Accepterade alla',
      reject_all: 'Avvisade alla',
      custom: 'Sparade egna val',
      withdraw: 'Återkallade samtycke',
      reprompt: 'Tillfrågades igen (ny version)',
      expire: 'Samtycket löpte ut',
    };
    // receipt().consistency: the tree head checked against the one this browser saw before (gossip).
    var GOSSIP = {
      first: 'Första trädhuvudet din webbläsare ser för ditt id; nästa kvitto kontrolleras mot det.',
      consistent: 'Loggen stämmer med trädhuvudet din webbläsare såg tidigare (konsistensbeviset kontrollerat).',
      inconsistent: 'Varning: loggen stämmer inte med trädhuvudet din webbläsare såg tidigare: ',
      unchecked: 'Loggens konsistens kunde inte kontrolleras nu: ',
    };
    var out = receipt.querySelector('[data-receipt]');
    var button = receipt.querySelector('[data-receipt-show]');
    var list = receipt.querySelector('[data-receipt-list]');
    var show = function () {
      var c = window.cookiegate && window.cookiegate.getConsent();
      button.hidden = !c || !window.cookiegate.receipt;
      if (!c) {
        out.textContent = receipt.dataset.none;
        return;
      }
      out.replaceChildren();
      var a = el('a', c.id);
      a.href = '/v1/proofs/' + c.id + '?site=' + encodeURIComponent(location.origin);
      out.append(receipt.dataset.label + ' ', a);
    };
    button.addEventListener('click', function () {
      list.replaceChildren(el('li', 'Hämtar…'));
      window.cookiegate.receipt().then(
        function (r) {
          if (!r || !r.entries) {
            list.replaceChildren(el('li', 'Inget kvitto ännu.'));
            return;
          }
          var items = r.entries.map(function (e) {
            var when = new Date(e.record.serverTime).toLocaleString('sv-SE');
            var li = el('li');
            li.append(
              el('strong', ACTIONS[e.record.action] || e.record.action),
              ' ' +
                when +
                ', ' +
                e.record.page.replace(location.origin, '') +
                ' (post nr ' +
                e.record.index +
                ' i loggen)',
            );
            return li;
          });
          var heads = (r.treeHeads || []).map(function (h) {
            return el(
              'li',
              'Signerat trädhuvud: ' +
                h.treeSize +
                ' poster, ' +
                new Date(h.timestamp).toLocaleString('sv-SE') +
                '. Varje post ovan har ett inklusionsbevis mot det.',
              'small',
            );
          });
          var c = r.consistency;
          if (c)
            heads.push(
              el(
                'li',
                GOSSIP[c.status] + (c.status == 'inconsistent' || c.status == 'unchecked' ? c.reason : ''),
                'small',
              ),
            );
          list.replaceChildren.apply(list, items.concat(heads));
        },
        function (err) {
          list.replaceChildren(el('li', 'Kunde inte hämta kvittot: ' + err.message));
        },
      );
    });
    show();
    d.addEventListener('cookiegate:change', show);
  }
})();
