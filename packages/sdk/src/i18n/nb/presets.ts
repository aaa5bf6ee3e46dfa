import type { PresetTexts } from '../../services/types';

/**
 * Norwegian (bokmål) texts of the presets, by preset id: [purpose, description, each cookie's purpose in
 * the order of the preset's cookie table (services/<id>.ts; its name in a comment)].
 */
const nb: PresetTexts = {
  'google-analytics': [
    'Besøksstatistikk',
    'Måler hvordan nettstedet brukes (sidevisninger, hvor lenge besøket varer, hvor besøkende kommer fra), slik at vi kan forbedre det.',
    [
      'Skiller besøkende fra hverandre', // _ga
      'Holder rede på besøkets økt', // _ga_*
    ],
  ],
  'google-ads': [
    'Annonsering og konverteringsmåling',
    'Måler hvilke annonser som fører til kjøp, og viser annonsene våre til tidligere besøkende.',
    [
      'Måler om annonser fører til kjøp', // _gcl_au
      'Lagrer id-en til annonseklikket', // _gcl_aw
      'Måler om annonser fører til kjøp', // _gcl_dc
      'Visning og måling av annonser', // IDE
    ],
  ],
  'google-tag-manager': [
    'Laster inn skript fra andre tjenester',
    'Et verktøy som laster inn nettstedets måle- og annonseskript. Setter ingen egne informasjonskapsler.',
    [],
  ],
  'meta-pixel': [
    'Annonsering på Facebook og Instagram',
    'Måler hva besøkende fra annonsene våre gjør her, og viser annonser til tidligere besøkende.',
    [
      'Gjenkjenner nettleseren for annonsemåling', // _fbp
      'Lagrer id-en til et annonseklikk', // _fbc
      'Visning av annonser', // fr
    ],
  ],
  smartlook: [
    'Opptak av økter',
    'Tar opp hvordan besøkende beveger seg og klikker på sidene (det du skriver, skjules), slik at vi finner det som står i veien.',
    [
      'Kobler sammen den besøkendes opptak', // SL_C_*_SID
      'Kobler sammen den besøkendes opptak', // SL_L_*_SID
      'Data som ikke er sendt ennå', // SMARTLOOK_LS_QUEUED_CHUNKS
    ],
  ],
  'zendesk-chat': [
    'Kundeservicechat',
    'Chatten der du kan stille spørsmål til kundeservice. Lastes først når du åpner den.',
    [
      'Besøks-id for chatten', // __zlcmid
      'Lagrer chattens valg om informasjonskapsler', // __zlcprivacy
      'Chattens tilstand', // ZD-*
    ],
  ],
  magento: [
    'Nettbutikkens grunnleggende funksjoner',
    'Trengs for handlekurv, kasse, innlogging og språkvalg. Kan ikke slås av.',
    [
      'Økten din i butikken (handlekurv, innlogging)', // PHPSESSID
      'Beskytter mot forfalskede skjemaer', // form_key
      'Riktig mellomlagret side for økten din', // X-Magento-Vary
      'Oppdaterer handlekurv og konto på siden', // private_content_version
      'Økten din i butikken (handlekurv, innlogging)', // mage-cache-sessid
      'Handlekurv og konto i nettleseren', // mage-cache-storage
      'Meldinger til deg', // mage-messages
    ],
  ],
  youtube: [
    'Innebygde videoer',
    'Viser YouTube-videoer på sidene våre. YouTube kan gjenkjenne deg og vise annonser.',
    [
      'Teller visninger', // YSC
      'Måler båndbredde og gjenkjenner den besøkende', // VISITOR_INFO1_LIVE
    ],
  ],
  'microsoft-clarity': [
    'Varmekart og opptak av økter',
    'Tar opp hvordan besøkende beveger seg, ruller og klikker (det du skriver, skjules) og viser det som varmekart, slik at vi ser hva som står i veien.',
    [
      'Besøks-id og innstillinger for Clarity', // _clck
      'Samler sidevisninger i ett opptak', // _clsk
      'Gjenkjenner nettleseren på tvers av nettsteder som bruker Clarity', // CLID
      'Microsofts id for nettleseren', // MUID
    ],
  ],
  'microsoft-advertising': [
    'Annonsering på Bing og konverteringsmåling',
    'Måler hvilke annonser på Bing og i Microsofts nettverk som fører til kjøp, og viser annonsene våre til tidligere besøkende.',
    [
      'Gjenkjenner besøket for annonsemåling', // _uetsid
      'Gjenkjenner nettleseren for annonsemåling', // _uetvid
      'Lagrer id-en til et klikk på en Bing-annonse', // _uetmsclkid
      'Microsofts id for nettleseren', // MUID
    ],
  ],
  'tiktok-pixel': [
    'Annonsering på TikTok',
    'Måler hva besøkende fra TikTok-annonsene våre gjør her, og viser annonser til tidligere besøkende.',
    [
      'Gjenkjenner nettleseren for annonsemåling', // _ttp
      'Sjekker at informasjonskapsler virker', // _tt_enable_cookie
      'Kobler sammen hendelser i et besøk', // ttcsid*
    ],
  ],
  'pinterest-tag': [
    'Annonsering på Pinterest',
    'Måler hva besøkende fra Pinterest-annonsene våre gjør her, og viser annonser til tidligere besøkende.',
    [
      'Gjenkjenner nettleseren for annonsemåling', // _pin_unauth
      'Lagrer id-en til et annonseklikk', // _epik
      'Gjenkjenner nettleseren for annonsemåling', // _derived_epik
    ],
  ],
  'linkedin-insight': [
    'Annonsering på LinkedIn',
    'Måler hva besøkende fra LinkedIn-annonsene våre gjør her, og viser annonser til LinkedIn-medlemmer som har besøkt nettstedet.',
    [
      'Kobler et annonseklikk til et kjøp', // li_fat_id
      'Kobler et annonseklikk til et kjøp', // li_giant
      'LinkedIns id for nettleseren', // bcookie
      'Velger LinkedIns datasenter', // lidc
      'Gjenkjenner den besøkende for annonser', // UserMatchHistory
    ],
  ],
  hotjar: [
    'Varmekart, opptak av økter og spørreundersøkelser',
    'Tar opp hvordan besøkende beveger seg og klikker (det du skriver, skjules) og viser korte spørreundersøkelser, slik at vi forstår hva som bør bli bedre.',
    [
      'Gjenkjenner den besøkende ved neste besøk', // _hjSessionUser_*
      'Holder det pågående besøket samlet', // _hjSession_*
      'Tester og innstillinger under besøket', // _hj*
    ],
  ],
  klaviyo: [
    'Nyhetsbrev og e-postmarkedsføring',
    'Viser påmeldingsskjemaer for nyhetsbrevet og kobler besøkene dine til e-postprofilen din hos oss, slik at e-postene handler om det du så på.',
    [
      'Kobler besøk til e-postprofilen din', // __kla_id
      'Hvilke skjemaer som er vist', // klaviyoOnsite
    ],
  ],
  'klarna-osm': [
    'Informasjon om betaling med Klarna',
    'Viser ved produktene og i handlekurven hvordan du kan dele opp betalingen med Klarna. Klarna måler hvordan meldingene vises og brukes.',
    [
      'Klarnas id for nettleseren og måling', // __klarna_sdk_*
    ],
  ],
  vimeo: [
    'Innebygde videoer',
    'Viser Vimeo-videoer på sidene våre. Vimeo kan gjenkjenne nettleseren din og måle hvordan videoene blir sett.',
    [
      'Vimeos id for nettleseren, til statistikk', // vuid
      'Skiller mennesker fra roboter', // __cf_bm
    ],
  ],
  'google-maps': [
    'Innebygde kart',
    'Viser kart fra Google, for eksempel veien til butikken vår. Google kan gjenkjenne deg og bruke dataene til annonser.',
    [
      'Lagrer Googles innstillinger og brukes til annonser', // NID
    ],
  ],
  matomo: [
    'Besøksstatistikk',
    'Måler hvordan nettstedet brukes (sidevisninger, hvor lenge besøket varer, hvor besøkende kommer fra). Dataene blir hos oss og deles ikke med noen.',
    [
      'Skiller besøkende fra hverandre', // _pk_id.*
      'Holder det pågående besøket samlet', // _pk_ses.*
      'Hvor den besøkende kom fra', // _pk_ref.*
      'Holder det pågående besøket samlet', // _pk_cvar.*
    ],
  ],
};
export default nb;
