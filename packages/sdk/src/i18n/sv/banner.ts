import type { BannerTexts } from '../../ui/texts';

/** Swedish texts of the banner. */
const sv: BannerTexts = {
  title: 'Vi använder cookies',
  intro: 'Med ditt samtycke använder vi och våra partner cookies och liknande tekniker för {purposes}.',
  vendors: 'Partner: {vendors}.',
  withdraw: 'Du kan när som helst ändra eller återkalla ditt samtycke under ”Cookieinställningar”.',
  more: 'Mer',
  policy: 'Cookiepolicy',
  and: 'och',
  gpc: 'Webbläsarens GPC-signal respekteras: reklam förblir avstängd även om du väljer ”{accept}”.',
  acceptAll: 'Acceptera alla',
  rejectAll: 'Avvisa alla',
  customize: 'Anpassa',
  close: 'Stäng',
  functional: 'Funktionella',
  analytics: 'Statistik',
  marketing: 'Marknadsföring',
};
export default sv;
