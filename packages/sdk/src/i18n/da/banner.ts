import type { BannerTexts } from '../../ui/texts';

/** Danish texts of the banner. */
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
  functional: 'Funktionelle',
  analytics: 'Statistik',
  marketing: 'Markedsføring',
};
export default da;
