import type { PresetTexts } from '../../services/types';

/**
 * German texts of the presets, by preset id: [purpose, description, each cookie's purpose in
 * the order of the preset's cookie table (services/<id>.ts; its name in a comment)].
 */
const de: PresetTexts = {
  'google-analytics': [
    'Besucherstatistik',
    'Misst, wie die Website genutzt wird (Seitenaufrufe, Besuchsdauer, Herkunft der Besucher), damit wir sie verbessern können.',
    [
      'Unterscheidet Besucher', // _ga
      'Speichert den Stand der Sitzung', // _ga_*
    ],
  ],
  'google-ads': [
    'Werbung und Conversion-Messung',
    'Misst, welche Anzeigen zu Käufen führen, und zeigt unsere Anzeigen früheren Besuchern.',
    [
      'Misst, ob Anzeigen zu Käufen führen', // _gcl_au
      'Speichert die ID des Anzeigenklicks', // _gcl_aw
      'Misst, ob Anzeigen zu Käufen führen', // _gcl_dc
      'Anzeigen ausliefern und messen', // IDE
    ],
  ],
  'google-tag-manager': [
    'Lädt Skripte anderer Dienste',
    'Lädt die Mess- und Werbeskripte der Website. Setzt selbst keine Cookies.',
    [],
  ],
  'meta-pixel': [
    'Werbung auf Facebook und Instagram',
    'Misst, was Besucher aus unseren Anzeigen hier tun, und zeigt früheren Besuchern Anzeigen.',
    [
      'Erkennt den Browser für die Anzeigenmessung', // _fbp
      'Speichert die ID eines Anzeigenklicks', // _fbc
      'Auslieferung von Anzeigen', // fr
    ],
  ],
  smartlook: [
    'Sitzungsaufzeichnung',
    'Zeichnet auf, wie Besucher sich bewegen und klicken (Eingaben werden maskiert), damit wir Hindernisse finden.',
    [
      'Verknüpft die Aufzeichnungen eines Besuchers', // SL_C_*_SID
      'Verknüpft die Aufzeichnungen eines Besuchers', // SL_L_*_SID
      'Noch nicht gesendete Daten', // SMARTLOOK_LS_QUEUED_CHUNKS
    ],
  ],
  'zendesk-chat': [
    'Kundenservice-Chat',
    'Hier stellen Sie unserem Kundenservice Fragen. Lädt erst, wenn Sie den Chat öffnen.',
    [
      'Besucher-ID für den Chat', // __zlcmid
      'Speichert die Cookie-Auswahl des Chats', // __zlcprivacy
      'Zustand des Chats', // ZD-*
    ],
  ],
  magento: [
    'Grundfunktionen des Shops',
    'Nötig für Warenkorb, Kasse, Anmeldung und Sprachwahl. Kann nicht ausgeschaltet werden.',
    [
      'Ihre Sitzung im Shop (Warenkorb, Anmeldung)', // PHPSESSID
      'Schützt vor gefälschten Formularen', // form_key
      'Richtige Seite aus dem Cache für Ihre Sitzung', // X-Magento-Vary
      'Aktualisiert Warenkorb und Konto auf der Seite', // private_content_version
      'Ihre Sitzung im Shop (Warenkorb, Anmeldung)', // mage-cache-sessid
      'Warenkorb und Konto im Browser', // mage-cache-storage
      'Nachrichten an Sie', // mage-messages
    ],
  ],
  youtube: [
    'Eingebettete Videos',
    'Zeigt YouTube-Videos auf unseren Seiten. YouTube kann Sie wiedererkennen und Werbung zeigen.',
    [
      'Zählt Aufrufe', // YSC
      'Misst die Bandbreite, erkennt den Besucher wieder', // VISITOR_INFO1_LIVE
    ],
  ],
  'microsoft-clarity': [
    'Heatmaps und Sitzungsaufzeichnung',
    'Zeichnet auf, wie Besucher scrollen und klicken (Eingaben werden maskiert), und zeigt es als Heatmaps, damit wir Hindernisse sehen.',
    [
      'Besucher-ID und Einstellungen für Clarity', // _clck
      'Fasst Seitenaufrufe zu einer Aufzeichnung zusammen', // _clsk
      'Erkennt den Browser auf Websites mit Clarity wieder', // CLID
      'Microsofts ID für den Browser', // MUID
    ],
  ],
  'microsoft-advertising': [
    'Werbung auf Bing und Conversion-Messung',
    'Misst, welche Anzeigen auf Bing und im Microsoft-Netzwerk zu Käufen führen, und zeigt unsere Anzeigen früheren Besuchern.',
    [
      'Erkennt den Besuch für die Anzeigenmessung', // _uetsid
      'Erkennt den Browser für die Anzeigenmessung', // _uetvid
      'Speichert die ID eines Klicks auf eine Bing-Anzeige', // _uetmsclkid
      'Microsofts ID für den Browser', // MUID
    ],
  ],
  'tiktok-pixel': [
    'Werbung auf TikTok',
    'Misst, was Besucher aus unseren TikTok-Anzeigen hier tun, und zeigt früheren Besuchern Anzeigen.',
    [
      'Erkennt den Browser für die Anzeigenmessung', // _ttp
      'Prüft, ob Cookies funktionieren', // _tt_enable_cookie
      'Verknüpft Ereignisse innerhalb eines Besuchs', // ttcsid*
    ],
  ],
  'pinterest-tag': [
    'Werbung auf Pinterest',
    'Misst, was Besucher aus unseren Pinterest-Anzeigen hier tun, und zeigt früheren Besuchern Anzeigen.',
    [
      'Erkennt den Browser für die Anzeigenmessung', // _pin_unauth
      'Speichert die ID eines Anzeigenklicks', // _epik
      'Erkennt den Browser für die Anzeigenmessung', // _derived_epik
    ],
  ],
  'linkedin-insight': [
    'Werbung auf LinkedIn',
    'Misst, was Besucher aus unseren LinkedIn-Anzeigen hier tun, und zeigt früheren Besuchern mit LinkedIn-Konto Anzeigen.',
    [
      'Verknüpft einen Anzeigenklick mit einem Kauf', // li_fat_id
      'Verknüpft einen Anzeigenklick mit einem Kauf', // li_giant
      'LinkedIns ID für den Browser', // bcookie
      'Wählt LinkedIns Rechenzentrum', // lidc
      'Gleicht den Besucher für Werbung ab', // UserMatchHistory
    ],
  ],
  hotjar: [
    'Heatmaps, Sitzungsaufzeichnung und Umfragen',
    'Zeichnet auf, wie Besucher sich bewegen und klicken (Eingaben werden maskiert), und zeigt kurze Umfragen, damit wir wissen, was zu verbessern ist.',
    [
      'Erkennt den Besucher später wieder', // _hjSessionUser_*
      'Hält den laufenden Besuch zusammen', // _hjSession_*
      'Tests und Einstellungen während des Besuchs', // _hj*
    ],
  ],
  klaviyo: [
    'Newsletter und E-Mail-Marketing',
    'Zeigt unsere Newsletter-Formulare und verknüpft Ihre Besuche mit Ihrem E-Mail-Profil, damit unsere E-Mails zu Ihren Interessen passen.',
    [
      'Verknüpft Besuche mit Ihrem E-Mail-Profil', // __kla_id
      'Welche Formulare schon gezeigt wurden', // klaviyoOnsite
    ],
  ],
  'klarna-osm': [
    'Hinweise zur Zahlung mit Klarna',
    'Zeigt bei Produkten und im Warenkorb, wie Sie mit Klarna in Raten zahlen können. Klarna misst, wie die Hinweise genutzt werden.',
    [
      'Klarnas Browser-ID und Messung', // __klarna_sdk_*
    ],
  ],
  vimeo: [
    'Eingebettete Videos',
    'Zeigt Vimeo-Videos auf unseren Seiten. Vimeo kann Ihren Browser wiedererkennen und die Nutzung der Videos messen.',
    [
      'Vimeos Browser-ID für Statistiken', // vuid
      'Unterscheidet Menschen von Bots', // __cf_bm
    ],
  ],
  'google-maps': [
    'Eingebettete Karten',
    'Zeigt Karten von Google, etwa den Weg zu uns. Google kann Sie wiedererkennen und die Daten für Werbung nutzen.',
    [
      'Google-Einstellungen, auch für Werbung', // NID
    ],
  ],
  matomo: [
    'Besucherstatistik',
    'Misst, wie die Website genutzt wird (Seitenaufrufe, Besuchsdauer, Herkunft der Besucher). Die Daten bleiben bei uns und werden nicht weitergegeben.',
    [
      'Unterscheidet Besucher', // _pk_id.*
      'Hält den laufenden Besuch zusammen', // _pk_ses.*
      'Woher der Besucher kam', // _pk_ref.*
      'Hält den laufenden Besuch zusammen', // _pk_cvar.*
    ],
  ],
};
export default de;
