/**
 * What every benchmark page shares, whichever consent tool it carries: the seed shop's six
 * services in its two categories (necessary: Magento, Zendesk Chat; analytics: Google
 * Analytics, Google Ads, the Meta pixel, Smartlook), the Swedish texts, the page content and
 * the vendors' tags (gated by each tool its own way).
 *
 * The vendors' scripts are answered by stand-ins (see STAND_INS) that only record when
 * they ran, in `window.__bench.tags`.
 */

/** Analytics tags: Google's gtag ids, the Meta pixel id, the Smartlook key. */
export const IDS = {
  ga4: 'G-BENCH00001',
  ads: 'AW-123456789',
  pixel: '1234567890',
  smartlook: '0123456789abcdef0123456789abcdef01234567',
};

export const CATEGORIES = {
  necessary: {
    required: true,
    title: 'Nödvändiga',
    description:
      'Behövs för att butiken ska fungera: varukorg, kassa, skydd mot förfalskade formulär och chatten när du själv öppnar den. Kan inte stängas av.',
  },
  analytics: {
    title: 'Statistik och annonsmätning',
    description:
      'Hjälper oss att förstå hur webbplatsen används och vilka annonser som leder hit, så att vi kan förbättra den. Körs bara om du godkänner.',
  },
};

/** The six services: id, category, vendor, texts, cookies (name, ISO 8601 lifetime, Swedish text), hosts. */
export const SERVICES = [
  {
    id: 'magento',
    category: 'necessary',
    vendor: 'Solgläntan Värme AB (Magento Open Source)',
    title: 'Webbutiken (Magento)',
    description:
      'Butikens egen plattform: håller din varukorg och skyddar formulär. Sätts av vår egen server, delas inte med någon.',
    cookies: [
      ['PHPSESSID', 'PT1H', '1 timme', 'Sessions-id som håller ihop din varukorg mellan sidor.'],
      ['form_key', 'P1D', '1 dag', 'Slumpmässig nyckel som skyddar formulär mot förfalskade anrop.'],
    ],
  },
  {
    id: 'zendesk-chat',
    category: 'necessary',
    vendor: 'Zendesk, Inc.',
    title: 'Kundchatt (Zendesk Chat)',
    description:
      'Chatten laddas först när du klickar på ”Chatta med oss”. Innan dess kontaktas inte Zendesk och ingen chatt-cookie sätts.',
    privacyUrl: 'https://www.zendesk.com/company/agreements-and-terms/privacy-notice/',
    hosts: ['zdassets.com', 'zendesk.com', 'zopim.com', 'zopim.io'],
    cookies: [['__zlcmid', 'P365D', '1 år', 'Besökar-id som chatten använder för att känna igen din konversation.']],
  },
  {
    id: 'google-analytics',
    category: 'analytics',
    vendor: 'Google Ireland Ltd',
    title: 'Google Analytics',
    description: 'Besöksstatistik: vilka sidor som läses och hur besökare rör sig på webbplatsen.',
    privacyUrl: 'https://policies.google.com/privacy',
    hosts: ['googletagmanager.com', 'google-analytics.com', 'analytics.google.com'],
    cookies: [
      ['_ga', 'P2Y', '2 år', 'Skiljer besökare åt med ett slumpmässigt id.'],
      ['_ga_*', 'P2Y', '2 år', 'Håller reda på besöket (sessionen) för vår Analytics-egendom.'],
    ],
  },
  {
    id: 'google-ads',
    category: 'analytics',
    vendor: 'Google Ireland Ltd',
    title: 'Google Ads',
    description: 'Mäter om våra annonser hos Google leder till besök och köp (konverteringsmätning).',
    privacyUrl: 'https://policies.google.com/privacy',
    hosts: ['googleadservices.com', 'doubleclick.net', 'google.com/pagead'],
    cookies: [
      ['_gcl_au', 'P90D', '90 dagar', 'Kopplar ihop ett annonsklick med ett senare köp.'],
      ['_gcl_aw', 'P90D', '90 dagar', 'Sparar klick-id:t (gclid) när du kommer från en Google-annons.'],
    ],
  },
  {
    id: 'meta-pixel',
    category: 'analytics',
    vendor: 'Meta Platforms Ireland Ltd',
    title: 'Facebook-pixeln (Meta)',
    description: 'Mäter om våra annonser på Facebook och Instagram leder till besök och köp.',
    privacyUrl: 'https://www.facebook.com/privacy/policy/',
    hosts: ['connect.facebook.net', 'facebook.com/tr'],
    cookies: [
      ['_fbp', 'P90D', '90 dagar', 'Känner igen webbläsaren vid mätning av annonser.'],
      ['_fbc', 'P90D', '90 dagar', 'Sparar klick-id:t (fbclid) när du kommer från en Facebook-annons.'],
    ],
  },
  {
    id: 'smartlook',
    category: 'analytics',
    vendor: 'Smartlook.com, s.r.o.',
    title: 'Smartlook',
    description:
      'Spelar in hur sidan används (klick, scrollning) så att vi hittar det som krånglar. Fält du skriver i maskeras.',
    privacyUrl: 'https://www.smartlook.com/privacy/',
    hosts: ['smartlook.com', 'smartlook.cloud'],
    cookies: [
      [
        'SL_C_*_SID',
        'P13M',
        '13 månader',
        'Håller ihop inspelningen av ett besök och känner igen återkommande besökare.',
      ],
    ],
  },
];

const list = (items) => new Intl.ListFormat('sv', { type: 'conjunction' }).format(items);
const optional = SERVICES.filter((s) => !CATEGORIES[s.category].required);

/** The Swedish texts every tool shows (cookiegate's own Swedish texts, given to the others). */
export const TEXTS = {
  title: 'Vi använder cookies',
  description:
    `Med ditt samtycke använder vi och våra partner cookies och liknande tekniker för ${list(
      Object.values(CATEGORIES)
        .filter((c) => !c.required)
        .map((c) => c.title.toLocaleLowerCase('sv')),
    )}. ` +
    `Partner: ${list([...new Set(optional.map((s) => s.vendor))])}. ` +
    'Du kan när som helst ändra eller återkalla ditt samtycke under ”Cookieinställningar”.',
  policy: 'Cookiepolicy',
  policyUrl: '/cookies',
  acceptAll: 'Acceptera alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  save: 'Spara val',
  close: 'Stäng',
  settings: 'Cookieinställningar',
  prefsTitle: 'Cookieinställningar',
  prefsIntro: 'Välj vad vi får använda. Nödvändiga cookies är alltid på; allt annat är av tills du slår på det.',
  name: 'Namn',
  lifetime: 'Lagringstid',
  purpose: 'Ändamål',
};

/** The vendors' tags as they publish them, by service id: [external script URL or null, inline code]. */
export const TAGS = {
  'google-analytics': [
    `https://www.googletagmanager.com/gtag/js?id=${IDS.ga4}`,
    `window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', '${IDS.ga4}');`,
  ],
  'google-ads': [
    `https://www.googletagmanager.com/gtag/js?id=${IDS.ads}`,
    `window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date()); gtag('config', '${IDS.ads}');`,
  ],
  'meta-pixel': [
    null,
    `!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};` +
      `if(!f._fbq)f._fbq=n;n.push=n;n.loaded=!0;n.version='2.0';n.queue=[];t=b.createElement(e);t.async=!0;t.src=v;` +
      `s=b.getElementsByTagName(e)[0];s.parentNode.insertBefore(t,s)}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');` +
      `fbq('init', '${IDS.pixel}'); fbq('track', 'PageView');`,
  ],
  smartlook: [
    null,
    `window.smartlook||(function(d){var o=smartlook=function(){o.api.push(arguments)},h=d.getElementsByTagName('head')[0];` +
      `var c=d.createElement('script');o.api=new Array();c.async=true;c.type='text/javascript';c.charset='utf-8';` +
      `c.src='https://web-sdk.smartlook.com/recorder.js';h.appendChild(c);})(document); smartlook('init', '${IDS.smartlook}', { region: 'eu' });`,
  ],
};

/** Stand-in scripts for the vendors' hosts: they record when they first ran (performance.now()), and count the loader's scripts (MANY). */
const ran = (key) =>
  `var b = (window.__bench = window.__bench || { tags: {} }); if (b.tags[${key}] == null) b.tags[${key}] = performance.now();` +
  ` if (/[?&]loader=/.test(document.currentScript.src)) b.loaded = (b.loaded || 0) + 1;`;
export const STAND_INS = {
  'www.googletagmanager.com': `(function () { var id = new URL(document.currentScript.src).searchParams.get('id') || '';
  ${ran("id.indexOf('AW-') == 0 ? 'google-ads' : 'google-analytics'")} })();`,
  'connect.facebook.net': `(function () { ${ran("'meta-pixel'")} })();`,
  'web-sdk.smartlook.com': `(function () { ${ran("'smartlook'")} })();`,
};

/**
 * The page with many gated elements: `elements` inline scripts gated by the analytics
 * services in turn (each counts itself in `__bench.gated`), and one gated loader (Google
 * Analytics) that inserts `loaded` vendor scripts (counted by the stand-ins in `__bench.loaded`).
 */
export const MANY = { elements: 50, loaded: 20 };

/** The content of the page with many gated elements; `gate(serviceId, code)` is a tool's gated inline script. */
export function manyGated(gate) {
  const ids = ['google-analytics', 'google-ads', 'meta-pixel', 'smartlook'];
  const items = [];
  for (let i = 0; i < MANY.elements; i++)
    items.push(
      `<p>Tips ${i + 1}: byt filter i värmepumpen varje kvartal.</p>\n` +
        gate(ids[i % ids.length], 'var b = window.__bench; b.gated = (b.gated || 0) + 1;'),
    );
  const hosts = ['https://www.googletagmanager.com/gtag/js?id=G-BENCH', 'https://connect.facebook.net/sv_SE/sdk.js?v='];
  const loader =
    `(function (d) { for (var i = 0; i < ${MANY.loaded}; i++) { var s = d.createElement('script'); s.async = true; ` +
    `s.src = ${JSON.stringify(hosts)}[i % 2] + (1000 + i) + '&loader=1'; d.head.appendChild(s); } })(document);`;
  return items.join('\n') + '\n' + gate('google-analytics', loader);
}

/** Whether the page with many gated elements has done all it does after consent. */
export const manyDone = `window.__bench.gated == ${MANY.elements} && window.__bench.loaded == ${MANY.loaded}`;

/** The shop page every tool is put on: `head` goes first in <head>, `middle` at the end of <main>, `body` at the end of <body>. */
export function page({ head = '', middle = '', body = '', title = 'Solgläntan Värme' }) {
  const products = [
    ['Luft/luft-värmepump Nordic 35', '18 990 kr'],
    ['Luft/vatten-värmepump Fjäll 8', '64 900 kr'],
    ['Bergvärmepump Berg 12', '119 000 kr'],
    ['Frånluftsvärmepump Ström 6', '72 500 kr'],
    ['Installation, Mälardalen', '6 900 kr'],
    ['Serviceavtal, 5 år', '2 490 kr'],
  ];
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}
<title>${title}</title>
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: #1d1d1f; background: #fafaf7; }
  header, main, footer { max-width: 1080px; margin: 0 auto; padding: 16px 24px; }
  header { display: flex; justify-content: space-between; align-items: center; border-bottom: 1px solid #ddd; }
  nav a { margin-left: 16px; color: inherit; }
  .grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 16px; }
  .card { background: #fff; border: 1px solid #e2e2dc; border-radius: 8px; padding: 16px; min-height: 120px; }
  .price { font-weight: 700; }
</style>
</head>
<body>
<header><strong>Solgläntan Värme</strong><nav><a href="/">Start</a><a href="/produkter">Produkter</a><a href="/varukorg">Varukorg</a></nav></header>
<main>
<h1>Värmepumpar för svenska vintrar</h1>
<p>Vi säljer, installerar och servar värmepumpar i hela Mälardalen. Installation inom tio dagar, egna installatörer och fri frakt på alla beställningar.</p>
<div class="grid">
${products.map(([n, p]) => `<div class="card"><h2>${n}</h2><p class="price">${p}</p><button type="button">Lägg i varukorg</button></div>`).join('\n')}
</div>
<p>Alla priser inklusive moms. Frågor? <button type="button">Chatta med oss</button></p>
${middle}
</main>
<footer><a href="/cookies">Cookiepolicy</a> · <a href="/integritet">Integritetspolicy</a></footer>
${body}
</body>
</html>
`;
}
