import type { PresetTexts } from '../../services/types';

/**
 * Swedish texts of the presets, by preset id: [purpose, description, each cookie's purpose in
 * the order of the preset's cookie table (services/<id>.ts; its name in a comment)].
 */
const sv: PresetTexts = {
  'google-analytics': [
    'Besöksstatistik',
    'Mäter hur webbplatsen används (sidvisningar, besökens längd, varifrån besökare kommer) så att vi kan förbättra den.',
    [
      'Skiljer besökare åt', // _ga
      'Håller reda på besökets session', // _ga_*
    ],
  ],
  'google-ads': [
    'Annonsering och konverteringsmätning',
    'Mäter vilka annonser som leder till köp och visar våra annonser för besökare som varit här tidigare.',
    [
      'Mäter om annonser leder till köp', // _gcl_au
      'Sparar annonsklickets id', // _gcl_aw
      'Mäter om annonser leder till köp', // _gcl_dc
      'Annonsvisning och mätning', // IDE
    ],
  ],
  'google-tag-manager': [
    'Laddar andra tjänsters skript',
    'Ett verktyg som laddar webbplatsens mät- och annonsskript. Sätter inga egna cookies.',
    [],
  ],
  'meta-pixel': [
    'Annonsering på Facebook och Instagram',
    'Mäter vad besökare från våra annonser gör här och visar annonser för personer som besökt webbplatsen.',
    [
      'Känner igen webbläsaren för annonsmätning', // _fbp
      'Sparar id för klick på en annons', // _fbc
      'Annonsvisning', // fr
    ],
  ],
  smartlook: [
    'Inspelning av besök',
    'Spelar in hur besökare rör sig och klickar på sidorna (inmatade uppgifter maskeras) så att vi hittar det som krånglar.',
    [
      'Kopplar ihop besökarens inspelade sessioner', // SL_C_*_SID
      'Kopplar ihop besökarens inspelade sessioner', // SL_L_*_SID
      'Data som ännu inte skickats', // SMARTLOOK_LS_QUEUED_CHUNKS
    ],
  ],
  'zendesk-chat': [
    'Kundtjänstchatt',
    'Chatten där du kan ställa frågor till vår kundtjänst. Laddas först när du öppnar den.',
    [
      'Besökar-id för chatten', // __zlcmid
      'Sparar chattens cookieval', // __zlcprivacy
      'Chattens tillstånd', // ZD-*
    ],
  ],
  magento: [
    'Webbutikens grundfunktioner',
    'Behövs för varukorg, kassa, inloggning och språkval. Kan inte stängas av.',
    [
      'Din session i butiken (varukorg, inloggning)', // PHPSESSID
      'Skydd mot förfalskade formulär', // form_key
      'Rätt cachad sida för din session', // X-Magento-Vary
      'Uppdaterar varukorg och konto på sidan', // private_content_version
      'Din session i butiken (varukorg, inloggning)', // mage-cache-sessid
      'Varukorg och konto i webbläsaren', // mage-cache-storage
      'Meddelanden till dig', // mage-messages
    ],
  ],
  youtube: [
    'Inbäddade videor',
    'Visar videor från YouTube på våra sidor. YouTube kan känna igen dig och visa annonser.',
    [
      'Räknar visningar', // YSC
      'Mäter bandbredd och känner igen besökaren', // VISITOR_INFO1_LIVE
    ],
  ],
  'microsoft-clarity': [
    'Värmekartor och inspelning av besök',
    'Spelar in hur besökare rör sig, scrollar och klickar (inmatade uppgifter maskeras) och visar det som värmekartor, så att vi ser vad som krånglar.',
    [
      'Besökar-id och inställningar för Clarity', // _clck
      'Kopplar ihop sidvisningar till en inspelning', // _clsk
      'Känner igen webbläsaren på flera webbplatser med Clarity', // CLID
      'Microsofts id för webbläsaren', // MUID
    ],
  ],
  'microsoft-advertising': [
    'Annonsering på Bing och konverteringsmätning',
    'Mäter vilka annonser på Bing och i Microsofts nätverk som leder till köp och visar våra annonser för besökare som varit här tidigare.',
    [
      'Känner igen besöket för annonsmätning', // _uetsid
      'Känner igen webbläsaren för annonsmätning', // _uetvid
      'Sparar id för klick på en Bing-annons', // _uetmsclkid
      'Microsofts id för webbläsaren', // MUID
    ],
  ],
  'tiktok-pixel': [
    'Annonsering på TikTok',
    'Mäter vad besökare från våra TikTok-annonser gör här och visar annonser för personer som besökt webbplatsen.',
    [
      'Känner igen webbläsaren för annonsmätning', // _ttp
      'Kontrollerar att cookies fungerar', // _tt_enable_cookie
      'Kopplar ihop händelser under ett besök', // ttcsid*
    ],
  ],
  'pinterest-tag': [
    'Annonsering på Pinterest',
    'Mäter vad besökare från våra Pinterest-annonser gör här och visar annonser för personer som besökt webbplatsen.',
    [
      'Känner igen webbläsaren för annonsmätning', // _pin_unauth
      'Sparar id för klick på en annons', // _epik
      'Känner igen webbläsaren för annonsmätning', // _derived_epik
    ],
  ],
  'linkedin-insight': [
    'Annonsering på LinkedIn',
    'Mäter vad besökare från våra LinkedIn-annonser gör här och visar annonser för LinkedIn-medlemmar som besökt webbplatsen.',
    [
      'Kopplar ett klick på en annons till ett köp', // li_fat_id
      'Kopplar ett klick på en annons till ett köp', // li_giant
      'LinkedIns id för webbläsaren', // bcookie
      'Väljer LinkedIns datacenter', // lidc
      'Matchar besökaren för annonser', // UserMatchHistory
    ],
  ],
  hotjar: [
    'Värmekartor, inspelning av besök och enkäter',
    'Spelar in hur besökare rör sig och klickar (inmatade uppgifter maskeras) och visar korta enkäter, så att vi förstår vad som behöver bli bättre.',
    [
      'Känner igen besökaren vid nästa besök', // _hjSessionUser_*
      'Håller ihop det pågående besöket', // _hjSession_*
      'Tester och inställningar under besöket', // _hj*
    ],
  ],
  klaviyo: [
    'Nyhetsbrev och e-postmarknadsföring',
    'Visar formulär för vårt nyhetsbrev och kopplar dina besök till ditt e-postkonto hos oss, så att utskicken handlar om det du tittat på.',
    [
      'Kopplar besöken till din e-postprofil', // __kla_id
      'Vilka formulär som redan visats', // klaviyoOnsite
    ],
  ],
  'klarna-osm': [
    'Information om betalning med Klarna',
    'Visar vid produkter och i varukorgen hur du kan dela upp betalningen med Klarna. Klarna mäter hur meddelandena visas och används.',
    [
      'Klarnas id för webbläsaren och mätning', // __klarna_sdk_*
    ],
  ],
  vimeo: [
    'Inbäddade videor',
    'Visar videor från Vimeo på våra sidor. Vimeo kan känna igen din webbläsare och mäta hur videorna ses.',
    [
      'Vimeos id för webbläsaren, för statistik', // vuid
      'Skiljer människor från robotar', // __cf_bm
    ],
  ],
  'google-maps': [
    'Inbäddade kartor',
    'Visar kartor från Google, till exempel vägen till vår butik. Google kan känna igen dig och använda uppgifterna för annonser.',
    [
      'Sparar Googles inställningar och används för annonser', // NID
    ],
  ],
  matomo: [
    'Besöksstatistik',
    'Mäter hur webbplatsen används (sidvisningar, besökens längd, varifrån besökare kommer). Uppgifterna stannar hos oss och delas inte med någon annan.',
    [
      'Skiljer besökare åt', // _pk_id.*
      'Håller ihop det pågående besöket', // _pk_ses.*
      'Varifrån besökaren kom', // _pk_ref.*
      'Håller ihop det pågående besöket', // _pk_cvar.*
    ],
  ],
};
export default sv;
