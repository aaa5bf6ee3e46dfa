import type { BannerTexts } from '../texts';

/** Danish texts of the banner (and the floating button). */
const da: BannerTexts = {
  title: 'Vi bruger cookies',
  intro: 'Med dit samtykke bruger vi og vores partnere cookies og lignende teknologier til {purposes}.',
  vendors: 'Partnere: {vendors}.',
  withdraw: 'Du kan til enhver tid ændre eller trække dit samtykke tilbage under “Cookieindstillinger”.',
  more: 'Mere',
  policy: 'Cookiepolitik',
  and: 'og',
  gpc: 'Browserens GPC-signal respekteres: reklame forbliver slået fra, også hvis du vælger »{accept}«.',
  acceptAll: 'Accepter alle',
  rejectAll: 'Afvis alle',
  customize: 'Tilpas',
  close: 'Luk',
  settings: 'Cookieindstillinger',
  necessary: 'Nødvendige',
  functional: 'Funktionelle',
  analytics: 'Statistik',
  marketing: 'Markedsføring',
};
export default da;
