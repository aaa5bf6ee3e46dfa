import type { BannerTexts } from '../../ui/texts';

/**
 * German texts of the banner, in the DSK's terms (Orientierungshilfe
 * Telemedien; § 25 TDDDG): "Cookies", "Einwilligung", "Alle ablehnen" as prominent as "Alle
 * akzeptieren".
 */
const de: BannerTexts = {
  title: 'Wir verwenden Cookies',
  // {Purposes}: the categories as written (German nouns keep their capital).
  intro: 'Mit Ihrer Einwilligung verwenden wir und unsere Partner Cookies und ähnliche Technologien für {Purposes}.',
  vendors: 'Partner: {vendors}.',
  withdraw: 'Sie können Ihre Einwilligung jederzeit unter „Cookie-Einstellungen“ ändern oder widerrufen.',
  more: 'Mehr',
  policy: 'Cookie-Richtlinie',
  and: 'und',
  gpc: 'Das GPC-Signal Ihres Browsers wird beachtet: Werbung bleibt aus, auch wenn Sie „{accept}“ wählen.',
  acceptAll: 'Alle akzeptieren',
  rejectAll: 'Alle ablehnen',
  customize: 'Anpassen',
  close: 'Schließen',
  functional: 'Funktionen',
  analytics: 'Statistik',
  marketing: 'Marketing',
};
export default de;
