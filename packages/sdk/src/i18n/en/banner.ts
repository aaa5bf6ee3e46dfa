/** English texts of the banner. */
export default {
  title: 'We use cookies',
  intro: 'With your consent, we and our partners use cookies and similar technologies for {purposes}.',
  vendors: 'Partners: {vendors}.',
  withdraw: 'You can change or withdraw your consent at any time under “Cookie settings”.',
  more: 'More',
  policy: 'Cookie policy',
  and: 'and',
  gpc: 'Your browser’s GPC signal is respected: advertising stays off even if you choose “{accept}”.',
  acceptAll: 'Accept all',
  rejectAll: 'Reject all',
  customize: 'Customize',
  close: 'Close',
  functional: 'Functional',
  analytics: 'Statistics',
  marketing: 'Marketing',
};
