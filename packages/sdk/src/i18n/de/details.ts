import type { DetailsTexts } from '../../ui/texts';
import settings from './floating';

/** German texts of the preferences and the declaration. */
const de: DetailsTexts = {
  settings,
  // The required category's default title (the banner names only the optional ones).
  necessary: 'Notwendig',
  save: 'Auswahl speichern',
  prefsIntro:
    'Wählen Sie, was wir verwenden dürfen. Notwendige Cookies sind immer aktiv; alles andere bleibt aus, bis Sie es einschalten.',
  alwaysOn: 'Immer aktiv',
  details: 'Details und Cookies',
  vendor: 'Anbieter',
  privacy: 'Datenschutzerklärung von {vendor}',
  name: 'Name',
  lifetime: 'Speicherdauer',
  domain: 'Domain',
  purpose: 'Zweck',
  session: 'Bis der Browser geschlossen wird',
  storage: 'Browser-Speicher',
  granted: 'Erlaubt',
  denied: 'Abgelehnt',
  undecided: 'Noch keine Auswahl',
  choice: 'Ihre Auswahl: {state}',
  change: 'Auswahl ändern',
  service: 'Dienst',
  fromPreset: 'Vorlage, hier vielleicht nicht im Einsatz',
  consentCookie: 'Speichert Ihre Cookie-Auswahl (zufällige ID, Auswahl, Zeitpunkt)',
  necessaryText:
    'Für den Betrieb der Website nötig: Warenkorb, Anmeldung, Sicherheit und das Speichern dieser Auswahl.',
  functionalText: 'Funktionen wie der Chat und das Speichern Ihrer Einstellungen.',
  analyticsText: 'Hilft uns zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können.',
  marketingText: 'Dient dazu, passende Werbung zu zeigen und unsere Kampagnen zu messen.',
  repromptTitle: 'Etwas Neues seit Ihrer letzten Auswahl',
  repromptKept: 'Ihre übrigen Einstellungen bleiben, wie sie waren.',
  acceptNew: 'Akzeptieren',
  rejectNew: 'Ablehnen',
};
export default de;
