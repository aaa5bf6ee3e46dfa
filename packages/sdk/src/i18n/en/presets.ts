import type { PresetTexts } from '../../services/types';

/**
 * English texts of the presets, by preset id: [purpose, description, each cookie's purpose in
 * the order of the preset's cookie table (services/<id>.ts; its name in a comment)].
 */
const en: PresetTexts = {
  'google-analytics': [
    'Visitor statistics',
    'Measures how the site is used (page views, visit length, where visitors come from) so that we can improve it.',
    [
      'Tells visitors apart', // _ga
      'Keeps the session state', // _ga_*
    ],
  ],
  'google-ads': [
    'Advertising and conversion measurement',
    'Measures which ads lead to purchases and shows our ads to people who visited before.',
    [
      'Measures whether ads lead to purchases', // _gcl_au
      'Stores the ad click id', // _gcl_aw
      'Measures whether ads lead to purchases', // _gcl_dc
      'Ad serving and measurement', // IDE
    ],
  ],
  'google-tag-manager': [
    'Loads other services’ scripts',
    'A tool that loads the site’s measurement and advertising scripts. Sets no cookies of its own.',
    [],
  ],
  'meta-pixel': [
    'Advertising on Facebook and Instagram',
    'Measures what visitors from our ads do here and shows ads to people who visited the site.',
    [
      'Recognises the browser for ad measurement', // _fbp
      'Stores the id of an ad click', // _fbc
      'Ad delivery', // fr
    ],
  ],
  smartlook: [
    'Session recording',
    'Records how visitors move and click on the pages (typed data is masked) so that we find what gets in the way.',
    [
      'Links the visitor’s recorded sessions', // SL_C_*_SID
      'Links the visitor’s recorded sessions', // SL_L_*_SID
      'Data not sent yet', // SMARTLOOK_LS_QUEUED_CHUNKS
    ],
  ],
  'zendesk-chat': [
    'Customer service chat',
    'The chat where you can ask our customer service questions. Loads only when you open it.',
    [
      'Visitor id for the chat', // __zlcmid
      'Stores the chat’s cookie choice', // __zlcprivacy
      'The chat’s state', // ZD-*
    ],
  ],
  magento: [
    'The shop’s basic functions',
    'Needed for the cart, checkout, login and language choice. Cannot be switched off.',
    [
      'Your session in the shop (cart, login)', // PHPSESSID
      'Protects against forged forms', // form_key
      'The right cached page for your session', // X-Magento-Vary
      'Refreshes cart and account on the page', // private_content_version
      'Your session in the shop (cart, login)', // mage-cache-sessid
      'Cart and account in the browser', // mage-cache-storage
      'Messages to you', // mage-messages
    ],
  ],
  youtube: [
    'Embedded videos',
    'Shows YouTube videos on our pages. YouTube may recognise you and show ads.',
    [
      'Counts views', // YSC
      'Measures bandwidth and recognises the visitor', // VISITOR_INFO1_LIVE
    ],
  ],
  'microsoft-clarity': [
    'Heatmaps and session recording',
    'Records how visitors move, scroll and click (typed data is masked) and shows it as heatmaps, so that we see what gets in the way.',
    [
      'Visitor id and settings for Clarity', // _clck
      'Joins page views into one recording', // _clsk
      'Recognises the browser across sites using Clarity', // CLID
      'Microsoft’s id for the browser', // MUID
    ],
  ],
  'microsoft-advertising': [
    'Advertising on Bing and conversion measurement',
    'Measures which ads on Bing and Microsoft’s network lead to purchases and shows our ads to people who visited before.',
    [
      'Recognises the visit for ad measurement', // _uetsid
      'Recognises the browser for ad measurement', // _uetvid
      'Stores the id of a Bing ad click', // _uetmsclkid
      'Microsoft’s id for the browser', // MUID
    ],
  ],
  'tiktok-pixel': [
    'Advertising on TikTok',
    'Measures what visitors from our TikTok ads do here and shows ads to people who visited the site.',
    [
      'Recognises the browser for ad measurement', // _ttp
      'Checks that cookies work', // _tt_enable_cookie
      'Links events within a visit', // ttcsid*
    ],
  ],
  'pinterest-tag': [
    'Advertising on Pinterest',
    'Measures what visitors from our Pinterest ads do here and shows ads to people who visited the site.',
    [
      'Recognises the browser for ad measurement', // _pin_unauth
      'Stores the id of an ad click', // _epik
      'Recognises the browser for ad measurement', // _derived_epik
    ],
  ],
  'linkedin-insight': [
    'Advertising on LinkedIn',
    'Measures what visitors from our LinkedIn ads do here and shows ads to LinkedIn members who visited the site.',
    [
      'Links an ad click to a purchase', // li_fat_id
      'Links an ad click to a purchase', // li_giant
      'LinkedIn’s id for the browser', // bcookie
      'Picks LinkedIn’s data centre', // lidc
      'Matches the visitor for ads', // UserMatchHistory
    ],
  ],
  hotjar: [
    'Heatmaps, session recording and surveys',
    'Records how visitors move and click (typed data is masked) and shows short surveys, so that we understand what needs improving.',
    [
      'Recognises the visitor on the next visit', // _hjSessionUser_*
      'Keeps the current visit together', // _hjSession_*
      'Tests and settings during the visit', // _hj*
    ],
  ],
  klaviyo: [
    'Newsletters and email marketing',
    'Shows our newsletter sign-up forms and links your visits to your email profile with us, so that our emails are about what you looked at.',
    [
      'Links visits to your email profile', // __kla_id
      'Which forms have been shown', // klaviyoOnsite
    ],
  ],
  'klarna-osm': [
    'Information on paying with Klarna',
    'Shows next to products and in the cart how you can split the payment with Klarna. Klarna measures how the messages are shown and used.',
    [
      'Klarna’s browser id and measurement', // __klarna_sdk_*
    ],
  ],
  vimeo: [
    'Embedded videos',
    'Shows Vimeo videos on our pages. Vimeo may recognise your browser and measure how the videos are watched.',
    [
      'Vimeo’s browser id, for statistics', // vuid
      'Tells people from bots', // __cf_bm
    ],
  ],
  'google-maps': [
    'Embedded maps',
    'Shows maps from Google, such as the way to our store. Google may recognise you and use the data for ads.',
    [
      'Stores Google’s settings and is used for ads', // NID
    ],
  ],
  matomo: [
    'Visitor statistics',
    'Measures how the site is used (page views, visit length, where visitors come from). The data stays with us and is not shared with anyone.',
    [
      'Tells visitors apart', // _pk_id.*
      'Keeps the current visit together', // _pk_ses.*
      'Where the visitor came from', // _pk_ref.*
      'Keeps the current visit together', // _pk_cvar.*
    ],
  ],
};
export default en;
