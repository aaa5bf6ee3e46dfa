import type { PresetTexts } from '../../services/types';

/**
 * Finnish texts of the presets, by preset id: [purpose, description, each cookie's purpose in
 * the order of the preset's cookie table (services/<id>.ts; its name in a comment)].
 */
const fi: PresetTexts = {
  'google-analytics': [
    'Kävijätilastot',
    'Mittaa, miten sivustoa käytetään (sivunäytöt, käynnin kesto, mistä kävijät tulevat), jotta voimme parantaa sitä.',
    [
      'Erottaa kävijät toisistaan', // _ga
      'Pitää kirjaa käynnin istunnosta', // _ga_*
    ],
  ],
  'google-ads': [
    'Mainonta ja konversioiden mittaus',
    'Mittaa, mitkä mainokset johtavat ostoksiin, ja näyttää mainoksiamme aiemmin täällä käyneille.',
    [
      'Mittaa, johtavatko mainokset ostoksiin', // _gcl_au
      'Tallentaa mainosklikkauksen tunnisteen', // _gcl_aw
      'Mittaa, johtavatko mainokset ostoksiin', // _gcl_dc
      'Mainosten näyttäminen ja mittaus', // IDE
    ],
  ],
  'google-tag-manager': [
    'Lataa muiden palveluiden skriptejä',
    'Lataa sivuston mittaus- ja mainosskriptit. Ei aseta omia evästeitä.',
    [],
  ],
  'meta-pixel': [
    'Mainonta Facebookissa ja Instagramissa',
    'Mittaa, mitä mainostemme kautta tulleet kävijät tekevät täällä, ja näyttää mainoksia sivustolla käyneille.',
    [
      'Tunnistaa selaimen mainosten mittausta varten', // _fbp
      'Tallentaa mainosklikkauksen tunnisteen', // _fbc
      'Mainosten näyttäminen', // fr
    ],
  ],
  smartlook: [
    'Käyntien tallennus',
    'Tallentaa, miten kävijät liikkuvat ja klikkaavat (kirjoitetut tiedot peitetään), jotta löydämme, mikä on hankalaa.',
    [
      'Yhdistää kävijän tallennetut käynnit', // SL_C_*_SID
      'Yhdistää kävijän tallennetut käynnit', // SL_L_*_SID
      'Vielä lähettämättömät tiedot', // SMARTLOOK_LS_QUEUED_CHUNKS
    ],
  ],
  'zendesk-chat': [
    'Asiakaspalveluchat',
    'Kysy asiakaspalvelultamme. Chat latautuu vasta, kun avaat sen.',
    [
      'Kävijätunniste chattia varten', // __zlcmid
      'Tallentaa chatin evästevalinnan', // __zlcprivacy
      'Chatin tila', // ZD-*
    ],
  ],
  magento: [
    'Verkkokaupan perustoiminnot',
    'Tarvitaan ostoskoriin, kassaan, kirjautumiseen ja kielivalintaan. Ei voi poistaa käytöstä.',
    [
      'Istuntosi kaupassa (ostoskori, kirjautuminen)', // PHPSESSID
      'Suojaa väärennetyiltä lomakkeilta', // form_key
      'Oikea välimuistisivu istunnollesi', // X-Magento-Vary
      'Päivittää ostoskorin ja tilin sivulla', // private_content_version
      'Istuntosi kaupassa (ostoskori, kirjautuminen)', // mage-cache-sessid
      'Ostoskori ja tili selaimessa', // mage-cache-storage
      'Sinulle näytettävät viestit', // mage-messages
    ],
  ],
  youtube: [
    'Upotetut videot',
    'Näyttää YouTube-videoita sivuillamme. YouTube voi tunnistaa sinut ja näyttää mainoksia.',
    [
      'Laskee katselukerrat', // YSC
      'Mittaa kaistaa ja tunnistaa kävijän', // VISITOR_INFO1_LIVE
    ],
  ],
  'microsoft-clarity': [
    'Lämpökartat ja käyntien tallennus',
    'Tallentaa, miten kävijät liikkuvat, vierittävät ja klikkaavat (kirjoitetut tiedot peitetään), ja näyttää sen lämpökarttoina, jotta näemme, mikä on hankalaa.',
    [
      'Clarityn kävijätunniste ja asetukset', // _clck
      'Yhdistää sivunäytöt yhdeksi tallenteeksi', // _clsk
      'Tunnistaa selaimen Claritya käyttävillä sivustoilla', // CLID
      'Microsoftin tunniste selaimelle', // MUID
    ],
  ],
  'microsoft-advertising': [
    'Mainonta Bingissä ja konversioiden mittaus',
    'Mittaa, mitkä mainokset Bingissä ja Microsoftin verkostossa johtavat ostoksiin, ja näyttää mainoksiamme aiemmin täällä käyneille.',
    [
      'Tunnistaa käynnin mainosten mittausta varten', // _uetsid
      'Tunnistaa selaimen mainosten mittausta varten', // _uetvid
      'Tallentaa Bing-mainoksen klikkauksen tunnisteen', // _uetmsclkid
      'Microsoftin tunniste selaimelle', // MUID
    ],
  ],
  'tiktok-pixel': [
    'Mainonta TikTokissa',
    'Mittaa, mitä TikTok-mainostemme kautta tulleet kävijät tekevät täällä, ja näyttää mainoksia sivustolla käyneille.',
    [
      'Tunnistaa selaimen mainosten mittausta varten', // _ttp
      'Tarkistaa, että evästeet toimivat', // _tt_enable_cookie
      'Yhdistää saman käynnin tapahtumat', // ttcsid*
    ],
  ],
  'pinterest-tag': [
    'Mainonta Pinterestissä',
    'Mittaa, mitä Pinterest-mainostemme kautta tulleet kävijät tekevät täällä, ja näyttää mainoksia sivustolla käyneille.',
    [
      'Tunnistaa selaimen mainosten mittausta varten', // _pin_unauth
      'Tallentaa mainosklikkauksen tunnisteen', // _epik
      'Tunnistaa selaimen mainosten mittausta varten', // _derived_epik
    ],
  ],
  'linkedin-insight': [
    'Mainonta LinkedInissä',
    'Mittaa, mitä LinkedIn-mainostemme kautta tulleet kävijät tekevät täällä, ja näyttää mainoksia sivustolla käyneille LinkedIn-jäsenille.',
    [
      'Yhdistää mainosklikkauksen ostokseen', // li_fat_id
      'Yhdistää mainosklikkauksen ostokseen', // li_giant
      'LinkedInin tunniste selaimelle', // bcookie
      'Valitsee LinkedInin datakeskuksen', // lidc
      'Tunnistaa kävijän mainontaa varten', // UserMatchHistory
    ],
  ],
  hotjar: [
    'Lämpökartat, käyntien tallennus ja kyselyt',
    'Tallentaa, miten kävijät liikkuvat ja klikkaavat (kirjoitetut tiedot peitetään), ja näyttää lyhyitä kyselyitä, jotta tiedämme, mitä parantaa.',
    [
      'Tunnistaa kävijän myöhemmin', // _hjSessionUser_*
      'Pitää nykyisen käynnin koossa', // _hjSession_*
      'Testit ja asetukset käynnin aikana', // _hj*
    ],
  ],
  klaviyo: [
    'Uutiskirjeet ja sähköpostimarkkinointi',
    'Näyttää uutiskirjeen tilauslomakkeet ja yhdistää käyntisi sähköpostiprofiiliisi, jotta viestimme koskevat sitä, mitä katselit.',
    [
      'Yhdistää käynnit sähköpostiprofiiliisi', // __kla_id
      'Mitkä lomakkeet on jo näytetty', // klaviyoOnsite
    ],
  ],
  'klarna-osm': [
    'Tietoa Klarna-maksamisesta',
    'Näyttää tuotteiden vieressä ja ostoskorissa, miten voit jakaa maksun osiin Klarnalla. Klarna mittaa, miten viestejä käytetään.',
    [
      'Klarnan selaintunniste ja mittaus', // __klarna_sdk_*
    ],
  ],
  vimeo: [
    'Upotetut videot',
    'Näyttää Vimeo-videoita sivuillamme. Vimeo voi tunnistaa selaimesi ja mitata videoiden katselua.',
    [
      'Vimeon selaintunniste tilastointiin', // vuid
      'Erottaa ihmiset boteista', // __cf_bm
    ],
  ],
  'google-maps': [
    'Upotetut kartat',
    'Näyttää Googlen karttoja, esimerkiksi reitin luoksemme. Google voi tunnistaa sinut ja käyttää tietoja mainontaan.',
    [
      'Googlen asetukset, myös mainontaan', // NID
    ],
  ],
  matomo: [
    'Kävijätilastot',
    'Mittaa, miten sivustoa käytetään (sivunäytöt, käynnin kesto, mistä kävijät tulevat). Tiedot pysyvät meillä, eikä niitä jaeta muille.',
    [
      'Erottaa kävijät toisistaan', // _pk_id.*
      'Pitää nykyisen käynnin koossa', // _pk_ses.*
      'Mistä kävijä tuli', // _pk_ref.*
      'Pitää nykyisen käynnin koossa', // _pk_cvar.*
    ],
  ],
};
export default fi;
