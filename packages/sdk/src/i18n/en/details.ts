import settings from './floating';

/** English texts of the preferences and the declaration. */
export default {
  // The preferences' heading; the floating button's label (in the head script) is the same.
  settings,
  // The required category's default title (the banner names only the optional ones).
  necessary: 'Necessary',
  save: 'Save choices',
  prefsIntro:
    'Choose what we may use. Necessary cookies are always on; everything else stays off until you switch it on.',
  alwaysOn: 'Always on',
  details: 'Details and cookies',
  vendor: 'Vendor',
  privacy: 'Privacy policy of {vendor}',
  name: 'Name',
  lifetime: 'Lifetime',
  domain: 'Domain',
  purpose: 'Purpose',
  session: 'Until the browser closes',
  storage: 'Browser storage',
  granted: 'Allowed',
  denied: 'Refused',
  undecided: 'Not chosen yet',
  choice: 'Your choice: {state}',
  change: 'Change your choice',
  service: 'Service',
  fromPreset: 'preset, may not be in use here',
  consentCookie: 'Keeps your cookie choice (random id, choices, time)',
  necessaryText: 'Needed for the site to work: cart, login, security and remembering this choice.',
  functionalText: 'Features such as chat and remembering your settings.',
  analyticsText: 'Helps us understand how the site is used, so that we can improve it.',
  marketingText: 'Used to show you relevant ads and to measure our campaigns.',
  repromptTitle: 'Something new since your last choice',
  repromptKept: 'Your other choices stay as they were.',
  acceptNew: 'Accept',
  rejectNew: 'Reject',
};
