import type { BannerTexts } from '../../ui/texts';

/** Norwegian (bokmål) texts of the banner, in Datatilsynet's terms ("informasjonskapsler"). */
const nb: BannerTexts = {
  title: 'Vi bruker informasjonskapsler',
  intro: 'Med ditt samtykke bruker vi og våre partnere informasjonskapsler og lignende teknologi til {purposes}.',
  vendors: 'Partnere: {vendors}.',
  withdraw:
    'Du kan når som helst endre eller trekke tilbake samtykket ditt under «Innstillinger for informasjonskapsler».',
  more: 'Mer',
  policy: 'Erklæring om informasjonskapsler',
  and: 'og',
  gpc: 'Nettleserens GPC-signal respekteres: reklame forblir slått av selv om du velger «{accept}».',
  acceptAll: 'Godta alle',
  rejectAll: 'Avvis alle',
  customize: 'Tilpass',
  close: 'Lukk',
  functional: 'Funksjonelle',
  analytics: 'Statistikk',
  marketing: 'Markedsføring',
};
export default nb;
