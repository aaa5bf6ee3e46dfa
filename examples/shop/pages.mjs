/**
 * The pages of Solgläntan Värme, a fictional Swedish heat-pump shop. Server-rendered
 * HTML strings; Swedish. Every page has cookiegate first in <head>, the vendors' tags
 * after it, the live demo panel and a footer link that reopens the cookie settings.
 */

export const SHOP = {
  name: 'Solgläntan Värme',
  company: 'Solgläntan Värme AB',
  orgNr: '559900-0000',
  address: 'Exempelgatan 12, 123 45 Småstad',
  email: 'kundservice@solglantan.example',
  phone: '010-000 00 00',
};

export const PRODUCTS = [
  {
    slug: 'norrsken-9',
    name: 'Luft/vatten-värmepump Norrsken 9 kW',
    price: 89900,
    short: 'Värme och varmvatten för villor upp till 200 m². Klarar −25 °C.',
    text: 'Norrsken 9 kW ersätter olje- eller elpanna och värmer både radiatorer och varmvatten. Utedelen är tyst (48 dB(A) på 1 meter) och reglerar effekten steglöst efter vädret. Installation av våra egna installatörer inom tio arbetsdagar.',
    facts: [
      ['Effekt', '2–9 kW'],
      ['Värmefaktor (SCOP)', '4,9 vid 35 °C'],
      ['Ljudnivå', '48 dB(A)'],
      ['Garanti', '6 år'],
    ],
  },
  {
    slug: 'bris-35',
    name: 'Luft/luft-värmepump Bris 3,5 kW',
    price: 19990,
    short: 'Värmer och kyler fritidshus och öppna planlösningar.',
    text: 'Bris 3,5 kW värmer effektivt ner till −20 °C och kyler på sommaren. Wifi-styrning ingår, och filtret tvättar du själv under kranen.',
    facts: [
      ['Effekt', '0,9–3,5 kW'],
      ['Värmefaktor (SCOP)', '5,1'],
      ['Ljudnivå inne', '19 dB(A)'],
      ['Garanti', '5 år'],
    ],
  },
  {
    slug: 'serviceavtal',
    name: 'Serviceavtal Trygg',
    price: 1490,
    unit: '/år',
    short: 'Årlig service och förtur vid driftstopp.',
    text: 'En tekniker kontrollerar köldmediekrets, avfrostning och filter en gång om året. Vid driftstopp får du förtur och ingen framkörningsavgift.',
    facts: [
      ['Besök', '1 per år'],
      ['Förtur', 'Ja'],
      ['Bindningstid', 'Ingen'],
    ],
  },
];

/** Escapes text for HTML. */
export const esc = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const kr = (n) => n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ') + ' kr';

/** The texts around every page, per language. Page bodies are Swedish only. */
export const CHROME = {
  sv: {
    nav: ['Start', 'Värmepumpar', 'Varukorg', 'Cookies', 'Integritet'],
    menu: 'Huvudmeny',
    skip: 'Hoppa till innehållet',
    items: 'varor',
    usp: 'Installation inom 10 dagar · Egna installatörer · Fri frakt · Alla priser inkl. moms',
    policy: 'Cookiepolicy',
    privacy: 'Integritetspolicy',
    change: 'Cookieinställningar',
    chat: 'Chatta med oss',
    chatNote: 'Chatten (Zendesk) laddas först när du klickar.',
    demo: 'Det här är en demobutik för cookiegate. Företaget och produkterna är påhittade; inget säljs och inget skickas till Google, Meta, Smartlook eller Zendesk.',
    language: 'Språk',
    note: '',
    panel: [
      'Demopanel: vad körs här?',
      'Ditt cookieval',
      'Leverantörernas skript på den här sidan',
      'Cookies (document.cookie)',
      'localStorage',
    ],
  },
  en: {
    nav: ['Home', 'Heat pumps', 'Cart', 'Cookies', 'Privacy'],
    menu: 'Main menu',
    skip: 'Skip to content',
    items: 'items',
    usp: 'Installation within 10 days · Our own installers · Free delivery · All prices incl. VAT',
    policy: 'Cookie policy',
    privacy: 'Privacy policy',
    change: 'Cookie settings',
    chat: 'Chat with us',
    chatNote: 'The chat (Zendesk) loads only when you click.',
    demo: 'This is a demo shop for cookiegate. The company and its products are made up; nothing is sold and nothing is sent to Google, Meta, Smartlook or Zendesk.',
    language: 'Language',
    note: 'The pages of this demo shop are in Swedish; the cookie banner, the cookie settings and the cookie table follow the language you chose.',
    panel: [
      'Demo panel: what runs here?',
      'Your cookie choice',
      "Vendors' scripts on this page",
      'Cookies (document.cookie)',
      'localStorage',
    ],
  },
  da: {
    nav: ['Forside', 'Varmepumper', 'Kurv', 'Cookies', 'Privatliv'],
    menu: 'Hovedmenu',
    skip: 'Gå til indholdet',
    items: 'varer',
    usp: 'Installation inden for 10 dage · Egne installatører · Fri fragt · Alle priser inkl. moms',
    policy: 'Cookiepolitik',
    privacy: 'Privatlivspolitik',
    change: 'Cookieindstillinger',
    chat: 'Chat med os',
    chatNote: 'Chatten (Zendesk) indlæses først, når du klikker.',
    demo: 'Dette er en demobutik for cookiegate. Firmaet og produkterne er opdigtede; intet sælges, og intet sendes til Google, Meta, Smartlook eller Zendesk.',
    language: 'Sprog',
    note: 'Siderne i denne demobutik er på svensk; cookiebanneret, cookieindstillingerne og cookietabellen følger det sprog, du har valgt.',
    panel: [
      'Demopanel: hvad kører her?',
      'Dit cookievalg',
      'Leverandørernes scripts på denne side',
      'Cookies (document.cookie)',
      'localStorage',
    ],
  },
};

const NAV = ['/', '/produkter/norrsken-9', '/varukorg', '/cookies', '/integritet'];

/**
 * A whole page.
 * @param {{ path: string, lang?: 'sv'|'en'|'da', title: string, body: string, configJson: string, checked: string, snippets: string, zendesk: string, cartCount: number }} p
 */
export function layout(p) {
  const lang = p.lang ?? 'sv';
  const t = CHROME[lang];
  const nav = NAV.map((href, i) => {
    const label = t.nav[i];
    const current =
      href === p.path ||
      (href !== '/' &&
        p.path.startsWith(href.split('/').slice(0, 2).join('/')) &&
        href !== '/cookies' &&
        href !== '/integritet');
    const extra =
      href === '/varukorg' && p.cartCount
        ? ` <span class="badge" aria-label="${p.cartCount} ${t.items}">${p.cartCount}</span>`
        : '';
    return `<li><a href="${href}"${current ? ' aria-current="page"' : ''}>${esc(label)}${extra}</a></li>`;
  }).join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(p.title)} – ${SHOP.name}</title>
<script type="application/json" id="cookiegate-config" data-checked="${p.checked}">${p.configJson}</script>
<script src="/cookiegate.js"></script>
${p.snippets}
<link rel="stylesheet" href="/shop.css">
<script src="/shop.js" defer></script>
</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header class="site-header">
  <a class="logo" href="/"><span aria-hidden="true">☀</span> ${SHOP.name}</a>
  <nav aria-label="${t.menu}"><ul>${nav}</ul></nav>
</header>
<p class="usp">${t.usp}</p>
<div class="layout">
<main id="main">
${t.note ? `<p class="lang-note">${esc(t.note)}</p>\n<div lang="sv">${p.body}</div>` : p.body}
</main>
${panel(t)}
</div>
<footer class="site-footer">
  <div>
    <strong>${SHOP.company}</strong><br>
    Org.nr ${SHOP.orgNr} · ${SHOP.address}<br>
    <a href="mailto:${SHOP.email}">${SHOP.email}</a> · ${SHOP.phone}
  </div>
  <ul class="footer-links">
    <li><a href="/cookies">${t.policy}</a></li>
    <li><a href="/integritet">${t.privacy}</a></li>
    <li><button type="button" class="linklike" data-cookiegate-open>${t.change}</button></li>
  </ul>
  <nav class="languages" aria-label="${t.language}"><ul>
    <li><a href="${p.path}?lang=sv" lang="sv" hreflang="sv"${lang === 'sv' ? ' aria-current="true"' : ''}>Svenska</a></li>
    <li><a href="${p.path}?lang=en" lang="en" hreflang="en"${lang === 'en' ? ' aria-current="true"' : ''}>English</a></li>
    <li><a href="${p.path}?lang=da" lang="da" hreflang="da"${lang === 'da' ? ' aria-current="true"' : ''}>Dansk</a></li>
  </ul></nav>
  <div class="chat-facade">
    <button type="button" class="secondary" data-chat-open aria-expanded="false">${t.chat}</button>
    <p class="small">${t.chatNote}</p>
  </div>
  <p class="small demo-note">${t.demo}</p>
</footer>
<template id="zendesk-snippet">${p.zendesk}</template>
</body>
</html>
`;
}

function panel(t) {
  return `<aside id="demo-panel" class="demo-panel" aria-labelledby="demo-panel-title">
  <details open>
    <summary><h2 id="demo-panel-title">${t.panel[0]}</h2></summary>
    <h3>${t.panel[1]}</h3>
    <p data-panel="consent">…</p>
    <h3>${t.panel[2]}</h3>
    <ul data-panel="ran"></ul>
    <h3>${t.panel[3]}</h3>
    <ul data-panel="cookies"></ul>
    <h3>${t.panel[4]}</h3>
    <ul data-panel="storage"></ul>
    <h3>Google Consent Mode</h3>
    <p data-panel="gcm"></p>
    <p class="small" data-panel="requests"></p>
    <p class="visually-hidden" role="status" data-panel="status"></p>
  </details>
</aside>`;
}

export function startPage() {
  const cards = PRODUCTS.map(
    (p) => `<li class="card">
  <h3><a href="/produkter/${p.slug}">${esc(p.name)}</a></h3>
  <p>${esc(p.short)}</p>
  <p class="price">${kr(p.price)}${p.unit ?? ''}</p>
</li>`,
  ).join('');
  return {
    title: 'Värmepumpar med installation',
    body: `<section class="hero">
  <h1>Sänk värmekostnaden med en ny värmepump</h1>
  <p>Vi säljer, installerar och servar luft/vatten- och luft/luft-värmepumpar i hela Sverige. Fast pris med installation, ROT-avdraget dras direkt på fakturan.</p>
  <p><a class="button" href="/produkter/norrsken-9">Se Norrsken 9 kW</a></p>
</section>
<section aria-labelledby="products-title">
  <h2 id="products-title">Populärt just nu</h2>
  <ul class="cards">${cards}</ul>
</section>
<section aria-labelledby="why-title">
  <h2 id="why-title">Varför Solgläntan?</h2>
  <ul>
    <li>Egna certifierade installatörer, inga underentreprenörer.</li>
    <li>Kostnadsfri hembesiktning innan du bestämmer dig.</li>
    <li>Betala med kort, faktura eller delbetalning.</li>
  </ul>
  <p>Vi mäter bara hur webbplatsen används om du säger ja. Att du surfar vidare, scrollar eller stannar kvar räknas aldrig som ett ja.</p>
</section>`,
  };
}

export function productPage(product, formKey) {
  const facts = product.facts.map(([k, v]) => `<tr><th scope="row">${esc(k)}</th><td>${esc(v)}</td></tr>`).join('');
  const others = PRODUCTS.filter((p) => p !== product)
    .map((p) => `<li><a href="/produkter/${p.slug}">${esc(p.name)}</a></li>`)
    .join('');
  return {
    title: product.name,
    body: `<article class="product">
  <h1>${esc(product.name)}</h1>
  <p class="lead">${esc(product.short)}</p>
  <p class="price">${kr(product.price)}${product.unit ?? ''} <span class="small">inkl. moms</span></p>
  <form method="post" action="/varukorg">
    <input type="hidden" name="action" value="add">
    <input type="hidden" name="product" value="${product.slug}">
    <input type="hidden" name="form_key" value="${esc(formKey)}">
    <label>Antal <input type="number" name="qty" value="1" min="1" max="9" inputmode="numeric"></label>
    <button type="submit">Lägg i varukorg</button>
  </form>
  <p>${esc(product.text)}</p>
  <h2>Fakta</h2>
  <table class="facts"><tbody>${facts}</tbody></table>
  <h2>Fler produkter</h2>
  <ul>${others}</ul>
</article>`,
  };
}

export function cartPage(cart, formKey) {
  const rows = [...cart]
    .map(([slug, qty]) => {
      const p = PRODUCTS.find((x) => x.slug === slug);
      if (!p) return '';
      return `<tr><td><a href="/produkter/${p.slug}">${esc(p.name)}</a></td><td>${qty}</td><td>${kr(p.price * qty)}</td>
<td><form method="post" action="/varukorg"><input type="hidden" name="action" value="remove"><input type="hidden" name="product" value="${p.slug}"><input type="hidden" name="form_key" value="${esc(formKey)}"><button type="submit" class="linklike">Ta bort<span class="visually-hidden"> ${esc(p.name)}</span></button></form></td></tr>`;
    })
    .join('');
  const total = [...cart].reduce((s, [slug, qty]) => s + (PRODUCTS.find((x) => x.slug === slug)?.price ?? 0) * qty, 0);
  return {
    title: 'Varukorg',
    body: `<h1>Varukorg</h1>
${
  cart.size
    ? `<table class="cart"><thead><tr><th scope="col">Produkt</th><th scope="col">Antal</th><th scope="col">Summa</th><th scope="col"><span class="visually-hidden">Ta bort</span></th></tr></thead><tbody>${rows}</tbody>
<tfoot><tr><th scope="row" colspan="2">Totalt inkl. moms</th><td>${kr(total)}</td><td></td></tr></tfoot></table>
<p><button type="button" disabled>Till kassan (demo)</button></p>`
    : `<p>Varukorgen är tom. <a href="/produkter/norrsken-9">Se våra värmepumpar</a>.</p>`
}
<p class="small">Varukorgen sparas på vår server under ditt sessions-id (cookien <code>PHPSESSID</code>, HttpOnly, en timme). Formulären skyddas av <code>form_key</code>. Båda är nödvändiga och kräver inget samtycke.</p>`,
  };
}

/** The cookie policy; `table` is our own rendering of the config, shown until cookiegate's declaration renders. */
export function cookiePage(table) {
  return {
    title: 'Cookiepolicy',
    body: `<h1>Cookiepolicy</h1>
<p>${SHOP.company} (org.nr ${SHOP.orgNr}, ${SHOP.address}) ansvarar för cookies och liknande tekniker på den här webbplatsen.</p>
<h2>Så frågar vi</h2>
<p>Första gången du besöker oss frågar vi om du godkänner cookies för statistik och annonsmätning. Du kan <strong>acceptera alla</strong>, <strong>avvisa alla</strong> eller <strong>anpassa</strong> per tjänst; alla tre valen är lika enkla. Att du använder webbplatsen, scrollar eller klickar vidare betyder <em>inte</em> att du godkänner något. Innan du har valt körs inga skript från Google, Meta eller Smartlook, och inga av deras cookies sätts.</p>
<p>Du kan när som helst ändra eller återkalla ditt samtycke med knappen ”Cookieinställningar” som finns på varje sida, eller här: <button type="button" data-cookiegate-open>Ändra mitt cookieval</button>. När du återkallar ett samtycke tar vi bort tjänstens cookies och laddar om sidan.</p>
<p>Ditt val sparas i cookien <code>cookiegate</code> hos oss: ett slumpmässigt samtyckes-id och vad du valt, i högst 12 månader, sedan frågar vi igen. Varje val sparas också som ett bevis på vår server (se <a href="/integritet#samtyckesbevis">integritetspolicyn</a>).</p>
<h2>Alla cookies, per tjänst</h2>
<p>Varje cookie med sin egen lagringstid – inte ”2–3 år” för allt.</p>
<div data-cookiegate-declaration></div>
<div id="declaration-fallback">${table}</div>
<h2>Tredjeländer</h2>
<p>Google, Meta och Smartlook kan behandla uppgifter utanför EU/EES. De omfattas av EU–US Data Privacy Framework eller EU-kommissionens standardavtalsklausuler. Därför körs de bara om du samtycker.</p>`,
  };
}

/** Our server-side rendering of the config's services and cookies (the fallback declaration). */
export function declarationTable(config) {
  const lifetime = (l) => {
    if (!l) return '–';
    if (l === 'session') return 'tills webbläsaren stängs';
    const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/.exec(l);
    if (!m) return l;
    const [, y, mo, dd, h] = m;
    const parts = [];
    if (y) parts.push(`${y} år`);
    if (mo) parts.push(`${mo} månader`);
    if (dd) parts.push(dd === '1' ? '1 dygn' : `${dd} dagar`);
    if (h) parts.push(h === '1' ? '1 timme' : `${h} timmar`);
    return parts.join(' ');
  };
  const sv = (t) => (typeof t === 'string' ? t : (t?.sv ?? ''));
  return Object.entries(config.categories)
    .map(([cid, cat]) => {
      const services = Object.entries(config.services).filter(([, s]) => s.category === cid);
      const rows = services
        .flatMap(([, s]) =>
          [...(s.cookies ?? []), ...(s.storage ?? []).map((name) => ({ name, storage: true }))].map((c) => {
            const d = typeof c === 'string' ? { name: c } : c;
            return `<tr><td><code>${esc(d.name)}</code>${d.storage ? ' (localStorage)' : ''}</td><td>${esc(sv(s.title))}</td><td>${esc(sv(d.purpose) || sv(s.description))}</td><td>${esc(d.storage ? 'tills du rensar' : lifetime(d.lifetime))}</td></tr>`;
          }),
        )
        .join('');
      const vendors = services
        .map(
          ([, s]) =>
            `<li><strong>${esc(sv(s.title))}</strong> – ${esc(s.vendor ?? '')}${s.privacyUrl ? ` (<a href="${esc(s.privacyUrl)}">integritetspolicy</a>)` : ''}: ${esc(sv(s.description))}</li>`,
        )
        .join('');
      return `<section class="declaration">
<h3>${esc(sv(cat.title) || cid)}${cat.required ? ' (alltid på)' : ' (bara med ditt samtycke)'}</h3>
<p>${esc(sv(cat.description))}</p>
<ul>${vendors}</ul>
<table><thead><tr><th scope="col">Namn</th><th scope="col">Tjänst</th><th scope="col">Ändamål</th><th scope="col">Lagringstid</th></tr></thead><tbody>${rows}</tbody></table>
</section>`;
    })
    .join('');
}

export function privacyPage() {
  return {
    title: 'Integritetspolicy',
    body: `<h1>Integritetspolicy</h1>
<p>${SHOP.company}, org.nr ${SHOP.orgNr}, ${SHOP.address}, <a href="mailto:${SHOP.email}">${SHOP.email}</a>, är personuppgiftsansvarig för behandlingen som beskrivs här.</p>
<h2>Vad vi behandlar och varför</h2>
<ul>
  <li><strong>Beställningar:</strong> namn, adress, telefon och e-post för att leverera och installera (fullgörande av avtal).</li>
  <li><strong>Bokföring:</strong> fakturor och betalningar i sju år (rättslig förpliktelse).</li>
  <li><strong>Kundservice och chatt:</strong> det du skriver till oss, så länge ärendet pågår och högst ett år.</li>
  <li><strong>Statistik och annonsmätning:</strong> bara med ditt samtycke, se <a href="/cookies">cookiepolicyn</a>.</li>
</ul>
<h2 id="samtyckesbevis">Bevis på ditt cookieval</h2>
<p>Enligt dataskyddsförordningen måste vi kunna visa att du samtyckt. Därför sparar vi varje val (godkänt, avvisat, anpassat eller återkallat) på vår egen server: ditt slumpmässiga samtyckes-id, vad du valde, vilken version av texterna du såg, tid, sida, språk, webbläsarfamilj och en förkortad IP-adress (de sista delarna borttagna). Posterna kan inte ändras i efterhand utan att det syns: de bildar en kryptografiskt signerad logg. Vi sparar dem så länge samtycket gäller och därefter i högst tre år för att kunna besvara frågor från dig eller Integritetsskyddsmyndigheten.</p>
<div id="my-receipt" data-none="Du har inte gjort något cookieval ännu." data-label="Ditt samtyckes-id (länken visar kvittot som JSON):">
  <p data-receipt></p>
  <p><button type="button" data-receipt-show hidden>Visa mitt kvitto</button></p>
  <ul data-receipt-list aria-live="polite"></ul>
</div>
<h2>Dina rättigheter</h2>
<p>Du har rätt att få tillgång till, rätta, radera och flytta dina uppgifter, och att invända mot behandling. Samtycke kan du återkalla när som helst. Du kan klaga hos Integritetsskyddsmyndigheten (imy.se).</p>`,
  };
}

export function notFoundPage() {
  return { title: 'Sidan finns inte', body: `<h1>Sidan finns inte</h1><p><a href="/">Till startsidan</a></p>` };
}
