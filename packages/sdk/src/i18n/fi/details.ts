import type { DetailsTexts } from '../../ui/texts';
import settings from './floating';

/** Finnish texts of the preferences and the declaration. */
const fi: DetailsTexts = {
  settings,
  // The required category's default title (the banner names only the optional ones).
  necessary: 'Välttämättömät',
  save: 'Tallenna valinnat',
  prefsIntro:
    'Valitse, mitä saamme käyttää. Välttämättömät evästeet ovat aina käytössä; kaikki muu on poissa käytöstä, kunnes otat sen käyttöön.',
  alwaysOn: 'Aina käytössä',
  details: 'Tiedot ja evästeet',
  vendor: 'Palveluntarjoaja',
  privacy: 'Tietosuojaseloste: {vendor}',
  name: 'Nimi',
  lifetime: 'Säilytysaika',
  domain: 'Verkkotunnus',
  purpose: 'Käyttötarkoitus',
  session: 'Kunnes selain suljetaan',
  storage: 'Selaimen tallennustila',
  granted: 'Sallittu',
  denied: 'Kielletty',
  undecided: 'Ei vielä valittu',
  choice: 'Valintasi: {state}',
  change: 'Muuta valintaasi',
  service: 'Palvelu',
  fromPreset: 'valmis asetus, ei välttämättä käytössä täällä',
  consentCookie: 'Tallentaa evästevalintasi (satunnainen tunniste, valinnat, aika)',
  necessaryText: 'Tarvitaan sivuston toimintaan: ostoskori, kirjautuminen, tietoturva ja tämän valinnan muistaminen.',
  functionalText: 'Toiminnot, kuten chat ja asetustesi muistaminen.',
  analyticsText: 'Auttaa meitä ymmärtämään, miten sivustoa käytetään, jotta voimme parantaa sitä.',
  marketingText: 'Käytetään osuvien mainosten näyttämiseen ja kampanjoidemme mittaamiseen.',
  repromptTitle: 'Jotain uutta edellisen valintasi jälkeen',
  repromptKept: 'Muut valintasi pysyvät ennallaan.',
  acceptNew: 'Hyväksy',
  rejectNew: 'Hylkää',
};
export default fi;
