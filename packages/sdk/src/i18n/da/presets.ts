import type { PresetTexts } from '../../services/types';

/**
 * Danish texts of the presets, by preset id: [purpose, description, each cookie's purpose in
 * the order of the preset's cookie table (services/<id>.ts; its name in a comment)].
 */
const da: PresetTexts = {
  'google-analytics': [
    'Besøgsstatistik',
    'Måler, hvordan hjemmesiden bruges (sidevisninger, besøgets længde, hvor besøgende kommer fra), så vi kan forbedre den.',
    [
      'Adskiller besøgende', // _ga
      'Holder styr på besøgets session', // _ga_*
    ],
  ],
  'google-ads': [
    'Annoncering og konverteringsmåling',
    'Måler, hvilke annoncer der fører til køb, og viser vores annoncer til besøgende, der har været her før.',
    [
      'Måler, om annoncer fører til køb', // _gcl_au
      'Gemmer annonceklikkets id', // _gcl_aw
      'Måler, om annoncer fører til køb', // _gcl_dc
      'Annoncevisning og måling', // IDE
    ],
  ],
  'google-tag-manager': [
    'Indlæser andre tjenesters scripts',
    'Et værktøj, der indlæser hjemmesidens måle- og annoncescripts. Sætter ingen egne cookies.',
    [],
  ],
  'meta-pixel': [
    'Annoncering på Facebook og Instagram',
    'Måler, hvad besøgende fra vores annoncer gør her, og viser annoncer til personer, der har besøgt hjemmesiden.',
    [
      'Genkender browseren til annoncemåling', // _fbp
      'Gemmer id for et annonceklik', // _fbc
      'Annoncevisning', // fr
    ],
  ],
  smartlook: [
    'Optagelse af besøg',
    'Optager, hvordan besøgende bevæger sig og klikker på siderne (indtastede data maskeres), så vi kan finde det, der driller.',
    [
      'Forbinder den besøgendes optagede sessioner', // SL_C_*_SID
      'Forbinder den besøgendes optagede sessioner', // SL_L_*_SID
      'Data, der endnu ikke er sendt', // SMARTLOOK_LS_QUEUED_CHUNKS
    ],
  ],
  'zendesk-chat': [
    'Kundeservicechat',
    'Chatten, hvor du kan stille spørgsmål til vores kundeservice. Indlæses først, når du åbner den.',
    [
      'Besøgs-id til chatten', // __zlcmid
      'Gemmer chattens cookievalg', // __zlcprivacy
      'Chattens tilstand', // ZD-*
    ],
  ],
  magento: [
    'Webshoppens grundfunktioner',
    'Nødvendig for kurv, kasse, login og sprogvalg. Kan ikke slås fra.',
    [
      'Din session i butikken (kurv, login)', // PHPSESSID
      'Beskytter mod forfalskede formularer', // form_key
      'Den rigtige cachede side til din session', // X-Magento-Vary
      'Opdaterer kurv og konto på siden', // private_content_version
      'Din session i butikken (kurv, login)', // mage-cache-sessid
      'Kurv og konto i browseren', // mage-cache-storage
      'Beskeder til dig', // mage-messages
    ],
  ],
  youtube: [
    'Indlejrede videoer',
    'Viser YouTube-videoer på vores sider. YouTube kan genkende dig og vise annoncer.',
    [
      'Tæller visninger', // YSC
      'Måler båndbredde og genkender den besøgende', // VISITOR_INFO1_LIVE
    ],
  ],
  'microsoft-clarity': [
    'Heatmaps og optagelse af besøg',
    'Optager, hvordan besøgende bevæger sig, scroller og klikker (indtastede data maskeres), og viser det som heatmaps, så vi kan se, hvad der driller.',
    [
      'Besøgs-id og indstillinger til Clarity', // _clck
      'Samler sidevisninger til én optagelse', // _clsk
      'Genkender browseren på tværs af websteder med Clarity', // CLID
      'Microsofts id for browseren', // MUID
    ],
  ],
  'microsoft-advertising': [
    'Annoncering på Bing og konverteringsmåling',
    'Måler, hvilke annoncer på Bing og i Microsofts netværk der fører til køb, og viser vores annoncer til besøgende, der har været her før.',
    [
      'Genkender besøget til annoncemåling', // _uetsid
      'Genkender browseren til annoncemåling', // _uetvid
      'Gemmer id for et klik på en Bing-annonce', // _uetmsclkid
      'Microsofts id for browseren', // MUID
    ],
  ],
  'tiktok-pixel': [
    'Annoncering på TikTok',
    'Måler, hvad besøgende fra vores TikTok-annoncer gør her, og viser annoncer til personer, der har besøgt hjemmesiden.',
    [
      'Genkender browseren til annoncemåling', // _ttp
      'Kontrollerer, at cookies virker', // _tt_enable_cookie
      'Forbinder hændelser under et besøg', // ttcsid*
    ],
  ],
  'pinterest-tag': [
    'Annoncering på Pinterest',
    'Måler, hvad besøgende fra vores Pinterest-annoncer gør her, og viser annoncer til personer, der har besøgt hjemmesiden.',
    [
      'Genkender browseren til annoncemåling', // _pin_unauth
      'Gemmer id for et annonceklik', // _epik
      'Genkender browseren til annoncemåling', // _derived_epik
    ],
  ],
  'linkedin-insight': [
    'Annoncering på LinkedIn',
    'Måler, hvad besøgende fra vores LinkedIn-annoncer gør her, og viser annoncer til LinkedIn-medlemmer, der har besøgt hjemmesiden.',
    [
      'Forbinder et annonceklik med et køb', // li_fat_id
      'Forbinder et annonceklik med et køb', // li_giant
      'LinkedIns id for browseren', // bcookie
      'Vælger LinkedIns datacenter', // lidc
      'Matcher den besøgende til annoncer', // UserMatchHistory
    ],
  ],
  hotjar: [
    'Heatmaps, optagelse af besøg og spørgeskemaer',
    'Optager, hvordan besøgende bevæger sig og klikker (indtastede data maskeres), og viser korte spørgeskemaer, så vi forstår, hvad der skal forbedres.',
    [
      'Genkender den besøgende ved næste besøg', // _hjSessionUser_*
      'Holder det igangværende besøg sammen', // _hjSession_*
      'Test og indstillinger under besøget', // _hj*
    ],
  ],
  klaviyo: [
    'Nyhedsbreve og e-mailmarkedsføring',
    'Viser tilmeldingsformularer til vores nyhedsbrev og forbinder dine besøg med din e-mailprofil hos os, så vores mails handler om det, du har kigget på.',
    [
      'Forbinder besøg med din e-mailprofil', // __kla_id
      'Hvilke formularer der allerede er vist', // klaviyoOnsite
    ],
  ],
  'klarna-osm': [
    'Information om betaling med Klarna',
    'Viser ved produkter og i kurven, hvordan du kan dele betalingen op med Klarna. Klarna måler, hvordan beskederne vises og bruges.',
    [
      'Klarnas id for browseren og måling', // __klarna_sdk_*
    ],
  ],
  vimeo: [
    'Indlejrede videoer',
    'Viser Vimeo-videoer på vores sider. Vimeo kan genkende din browser og måle, hvordan videoerne ses.',
    [
      'Vimeos id for browseren, til statistik', // vuid
      'Skelner mennesker fra robotter', // __cf_bm
    ],
  ],
  'google-maps': [
    'Indlejrede kort',
    'Viser kort fra Google, for eksempel vejen til vores butik. Google kan genkende dig og bruge oplysningerne til annoncer.',
    [
      'Gemmer Googles indstillinger og bruges til annoncer', // NID
    ],
  ],
  matomo: [
    'Besøgsstatistik',
    'Måler, hvordan hjemmesiden bruges (sidevisninger, besøgets længde, hvor besøgende kommer fra). Oplysningerne bliver hos os og deles ikke med andre.',
    [
      'Adskiller besøgende', // _pk_id.*
      'Holder det igangværende besøg sammen', // _pk_ses.*
      'Hvor den besøgende kom fra', // _pk_ref.*
      'Holder det igangværende besøg sammen', // _pk_cvar.*
    ],
  ],
};
export default da;
