import type { DetailsTexts } from '../../ui/texts';
import settings from './floating';

/** Norwegian (bokmål) texts of the preferences and the declaration. */
const nb: DetailsTexts = {
  settings,
  // The required category's default title (the banner names only the optional ones).
  necessary: 'Nødvendige',
  save: 'Lagre valgene',
  prefsIntro: 'Velg hva vi kan bruke. Nødvendige informasjonskapsler er alltid på; alt annet er av til du slår det på.',
  alwaysOn: 'Alltid på',
  details: 'Detaljer og informasjonskapsler',
  vendor: 'Leverandør',
  privacy: 'Personvernerklæringen til {vendor}',
  name: 'Navn',
  lifetime: 'Lagringstid',
  domain: 'Domene',
  purpose: 'Formål',
  session: 'Til nettleseren lukkes',
  storage: 'Nettleserens lagring',
  granted: 'Tillatt',
  denied: 'Avvist',
  undecided: 'Ikke valgt ennå',
  choice: 'Ditt valg: {state}',
  change: 'Endre valget ditt',
  service: 'Tjeneste',
  fromPreset: 'forhåndsinnstilling, kanskje ikke i bruk her',
  consentCookie: 'Lagrer valget ditt om informasjonskapsler (tilfeldig id, valg, tidspunkt)',
  necessaryText: 'Trengs for at nettstedet skal fungere: handlekurv, innlogging, sikkerhet og å huske dette valget.',
  functionalText: 'Funksjoner som chat og å huske innstillingene dine.',
  analyticsText: 'Hjelper oss å forstå hvordan nettstedet brukes, slik at vi kan forbedre det.',
  marketingText: 'Brukes til å vise relevante annonser og måle kampanjene våre.',
  repromptTitle: 'Noe nytt siden ditt forrige valg',
  repromptKept: 'De andre valgene dine gjelder som før.',
  acceptNew: 'Godta',
  rejectNew: 'Avvis',
};
export default nb;
