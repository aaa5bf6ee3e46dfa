import type { DetailsTexts } from '../../ui/texts';
import settings from './floating';

/** Danish texts of the preferences and the declaration. */
const da: DetailsTexts = {
  settings,
  // The required category's default title (the banner names only the optional ones).
  necessary: 'Nødvendige',
  save: 'Gem valg',
  prefsIntro:
    'Vælg, hvad vi må bruge. Nødvendige cookies er altid slået til; alt andet er slået fra, indtil du slår det til.',
  alwaysOn: 'Altid aktiv',
  details: 'Detaljer og cookies',
  vendor: 'Leverandør',
  privacy: 'Privatlivspolitik for {vendor}',
  name: 'Navn',
  lifetime: 'Udløb',
  domain: 'Domæne',
  purpose: 'Formål',
  session: 'Indtil browseren lukkes',
  storage: 'Browserens lager',
  granted: 'Tilladt',
  denied: 'Afvist',
  undecided: 'Intet valg endnu',
  choice: 'Dit valg: {state}',
  change: 'Ændr dit valg',
  service: 'Tjeneste',
  fromPreset: 'forudindstilling, måske ikke i brug her',
  consentCookie: 'Gemmer dit cookievalg (tilfældigt id, valg, tidspunkt)',
  necessaryText: 'Kræves for at webstedet virker: indkøbskurv, login, sikkerhed og at huske dette valg.',
  functionalText: 'Funktioner som chat og at huske dine indstillinger.',
  analyticsText: 'Hjælper os med at forstå, hvordan webstedet bruges, så vi kan forbedre det.',
  marketingText: 'Bruges til at vise relevante annoncer og måle vores kampagner.',
  repromptTitle: 'Noget nyt siden dit sidste valg',
  repromptKept: 'Dine øvrige valg gælder som før.',
  acceptNew: 'Accepter',
  rejectNew: 'Afvis',
};
export default da;
