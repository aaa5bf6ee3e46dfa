import type { BannerTexts } from '../../ui/texts';

/** Finnish texts of the banner, in Traficom's terms ("evästeet"). */
const fi: BannerTexts = {
  title: 'Käytämme evästeitä',
  // Finnish inflects the purposes; "for these purposes: statistics and marketing" keeps them in the nominative.
  intro:
    'Suostumuksellasi me ja kumppanimme käytämme evästeitä ja vastaavia tekniikoita näihin tarkoituksiin: {purposes}.',
  vendors: 'Kumppanit: {vendors}.',
  withdraw: 'Voit muuttaa suostumustasi tai peruuttaa sen milloin tahansa kohdassa ”Evästeasetukset”.',
  more: 'Lisää',
  policy: 'Evästekäytäntö',
  and: 'ja',
  gpc: 'Selaimesi GPC-signaalia noudatetaan: mainonta pysyy pois päältä, vaikka valitsisit ”{accept}”.',
  acceptAll: 'Hyväksy kaikki',
  rejectAll: 'Hylkää kaikki',
  customize: 'Mukauta',
  close: 'Sulje',
  functional: 'Toiminnalliset',
  analytics: 'Tilastointi',
  marketing: 'Markkinointi',
};
export default fi;
