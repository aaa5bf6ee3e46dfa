import type { DetailsTexts } from '../../ui/texts';
import settings from './floating';

/** Swedish texts of the preferences and the declaration. */
const sv: DetailsTexts = {
  settings,
  // The required category's default title (the banner names only the optional ones).
  necessary: 'Nödvändiga',
  save: 'Spara val',
  prefsIntro: 'Välj vad vi får använda. Nödvändiga cookies är alltid på; allt annat är av tills du slår på det.',
  alwaysOn: 'Alltid på',
  details: 'Detaljer och cookies',
  vendor: 'Leverantör',
  privacy: 'Integritetspolicy för {vendor}',
  name: 'Namn',
  lifetime: 'Lagringstid',
  domain: 'Domän',
  purpose: 'Ändamål',
  session: 'Tills webbläsaren stängs',
  storage: 'Webbläsarens lagring',
  granted: 'Tillåten',
  denied: 'Nekad',
  undecided: 'Inget val ännu',
  choice: 'Ditt val: {state}',
  change: 'Ändra ditt val',
  service: 'Tjänst',
  fromPreset: 'förinställning, kanske inte i bruk här',
  consentCookie: 'Sparar ditt cookieval (slumpat id, val, tidpunkt)',
  necessaryText:
    'Krävs för att webbplatsen ska fungera: varukorg, inloggning, säkerhet och att komma ihåg det här valet.',
  functionalText: 'Funktioner som chatt och att komma ihåg dina inställningar.',
  analyticsText: 'Hjälper oss att förstå hur webbplatsen används så att vi kan förbättra den.',
  marketingText: 'Används för att visa relevanta annonser och mäta våra kampanjer.',
  repromptTitle: 'Något nytt sedan ditt senaste val',
  repromptKept: 'Dina övriga val gäller som förut.',
  acceptNew: 'Acceptera',
  rejectNew: 'Avvisa',
};
export default sv;
