/**
 * The words banners use for their controls, in Swedish, English, Danish, Norwegian,
 * Finnish and German. A control matches when its whole accessible name is one of them
 * (optionally followed by "cookies"), so "Acceptera alla" never counts as a reject.
 */

const words = {
  accept: [
    'acceptera alla', 'godkänn alla', 'tillåt alla', 'acceptera', 'godkänn', 'jag godkänner',
    'accept all', 'allow all', 'accept', 'i agree', 'agree', 'agree and continue', 'ok', 'got it',
    'accepter alle', 'tillad alle', 'accepter', 'godkend alle',
    'godta alle', 'aksepter alle', 'tillat alle', 'godta', 'aksepter',
    'hyväksy kaikki', 'salli kaikki', 'hyväksy',
    'alle akzeptieren', 'alle annehmen', 'alle zulassen', 'akzeptieren', 'zustimmen', 'einverstanden',
  ],
  reject: [
    'avvisa alla', 'neka alla', 'endast nödvändiga', 'bara nödvändiga', 'avvisa', 'neka', 'avböj', 'avböj alla',
    'reject all', 'decline all', 'deny all', 'refuse all', 'reject', 'decline', 'deny', 'refuse', 'only necessary', 'necessary only', 'use necessary cookies only',
    'afvis alle', 'kun nødvendige', 'afvis', 'afslå',
    'avvis alle', 'avslå alle', 'avvis', 'avslå',
    'hylkää kaikki', 'vain välttämättömät', 'hylkää', 'kieltäydy',
    'alle ablehnen', 'ablehnen', 'nur notwendige', 'nur erforderliche', 'nur essenzielle',
  ],
  customize: [
    'anpassa', 'inställningar', 'hantera', 'välj själv', 'visa detaljer',
    'customise', 'customize', 'settings', 'preferences', 'manage', 'manage options', 'options', 'more options',
    'tilpas', 'indstillinger', 'tilpass', 'innstillinger', 'mukauta', 'asetukset',
    'anpassen', 'einstellungen', 'verwalten', 'optionen',
  ],
  settings: [
    'cookieinställningar', 'cookie-inställningar', 'ändra samtycke', 'ändra cookieinställningar', 'hantera cookies',
    'cookie settings', 'cookie preferences', 'privacy settings', 'manage cookies', 'change consent', 'consent settings',
    'cookieindstillinger', 'cookie-indstillinger', 'cookieinnstillinger', 'innstillinger for informasjonskapsler',
    'evästeasetukset', 'cookie-einstellungen', 'datenschutzeinstellungen',
  ],
  close: ['stäng', 'close', 'dismiss', 'luk', 'lukk', 'sulje', 'schließen', '×', 'x', '✕'],
  save: [
    'spara', 'spara val', 'spara mina val', 'bekräfta', 'bekräfta val', 'save', 'save choices', 'save preferences', 'confirm', 'confirm choices',
    'gem', 'gem valg', 'lagre', 'lagre valg', 'tallenna', 'speichern', 'auswahl speichern',
  ],
  withdraw: ['återkalla', 'återkalla samtycke', 'withdraw', 'withdraw consent', 'tilbagekald', 'trekk tilbake', 'peruuta suostumus', 'widerrufen'],
  necessary: ['nödvändig', 'necessary', 'nødvendig', 'välttämät', 'notwendig', 'erforderlich', 'essential', 'strictly'],
  legitimateInterest: ['legitimate interest', 'berättigat intresse', 'legitim interesse', 'berettiget interesse', 'oikeutettu etu', 'berechtigtes interesse'],
  withdrawText: ['återkalla', 'withdraw', 'tilbagekald', 'trække', 'trekke', 'peruuttaa', 'peruuta', 'widerruf'],
};

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular expression matching an accessible name that is exactly one of a kind's words.
 *
 * @example
 * control('reject').test('Avvisa alla'); // true
 * control('reject').test('Acceptera alla'); // false
 */
export const control = (kind) => new RegExp(`^\\s*(?:${words[kind].map(escape).join('|')})(?:\\s+(?:cookies|kakor|cookie))?\\s*[.!]?\\s*$`, 'i');

/**
 * A regular expression finding any of a kind's words inside a text (labels, paragraphs).
 *
 * @example
 * mentions('necessary').test('Nödvändiga cookies'); // true
 */
export const mentions = (kind) => new RegExp(words[kind].map(escape).join('|'), 'i');
