/**
 * The checklist (compliance.md §1.3, C1–C22): each item's title and legal source, and the
 * shape of a judgement.
 */

/** Every item: id → [title, source]. */
export const ITEMS = {
  C1: ['No non-essential storage before consent', 'ePrivacy Directive art. 5(3); LEK 9:28; CJEU C-673/17 Planet49'],
  C2: ['No request to a tracker host before consent', 'ePrivacy Directive art. 5(3) as read in EDPB Guidelines 2/2023'],
  C3: ['No consent through scrolling, navigation or waiting', 'GDPR recital 32; EDPB Guidelines 05/2020 ex. 16; CNIL'],
  C4: ['Reject on the first layer, in one click', 'EDPB cookie banner taskforce (type A); CNIL; PTS 2023; IMY'],
  C5: [
    'Reject and accept equally prominent',
    'EDPB cookie banner taskforce (types C–E); IMY (ATG, deceptive design); WCAG 1.4.3',
  ],
  C6: ['No pre-ticked boxes', 'CJEU C-673/17 Planet49; GDPR recital 32; EDPB taskforce (type B)'],
  C7: ['No legitimate-interest toggles for non-essential purposes', 'EDPB cookie banner taskforce; IMY (Aller Media)'],
  C8: ['Granular, specific choice', 'GDPR art. 4(11) ("specific")'],
  C9: ['Information before consent', 'GDPR art. 7(3), 13; CJEU Planet49 (duration, third parties); IMY (Warner Music)'],
  C10: ['Banner in the page’s language', 'GDPR art. 12(1) (clear and plain language)'],
  C11: ['No cookie wall', 'EDPB Guidelines 05/2020 ex. 6a'],
  C12: ['Closing the banner is not consent', 'GDPR recital 32; CNIL'],
  C13: ['Withdrawal as easy as consent', 'GDPR art. 7(3); EDPB Guidelines 05/2020; PTS 2023; IMY'],
  C14: ['Withdrawal takes effect', 'GDPR art. 7(3); ePrivacy Directive art. 5(3)'],
  C15: ['Refusal is remembered (no nagging)', 'CNIL guidelines §39 (6 months); EDPB 03/2022 (continuous prompting)'],
  C16: ['Consent does not last for ever', 'EDPB Guidelines 05/2020; CNIL (13 months)'],
  C17: [
    'A new config revision asks again',
    'GDPR art. 4(11), 7 (consent specific to the purposes and vendors asked about)',
  ],
  C18: ['Consent can be demonstrated', 'GDPR art. 7(1)'],
  C19: [
    'Consent Mode default before any Google tag',
    'Google Consent Mode v2 (developers.google.com/tag-platform/security/guides/consent)',
  ],
  C20: ['Global Privacy Control honoured', 'W3C Global Privacy Control; GDPR art. 21(5)'],
  C21: ['Strictly necessary really is necessary', 'Article 29 WP Opinion 04/2012 (via the EDPB taskforce)'],
  C22: ['The choice is accessible (keyboard, focus, axe)', 'WCAG 2.2 AA; EDPB taskforce (deceptive design)'],
};

/** Statuses from worst to best. */
export const STATUSES = ['fail', 'warn', 'pass', 'n/a'];

/**
 * One judgement: an item, its status and the evidence behind it.
 *
 * @example
 * judge('C2', 'fail', ['google-analytics.com requested on first load']);
 */
export function judge(id, status, evidence) {
  const [title, source] = ITEMS[id];
  return { id, status, title, evidence: [].concat(evidence).filter(Boolean).join('; ') || '—', source };
}

/**
 * Combines one item's judgements at several viewports: the worst status, each viewport's
 * evidence (once when they agree).
 *
 * @example
 * worst([{ label: '360×640', result }, { label: '1366×768', result }]);
 */
export function worst(perViewport) {
  const rs = perViewport.filter((p) => p.result);
  const status = STATUSES.find((s) => rs.some((p) => p.result.status == s)) ?? 'n/a';
  const texts = [...new Set(rs.map((p) => p.result.evidence))];
  const evidence = texts.length == 1 ? texts[0] : rs.map((p) => `${p.label}: ${p.result.evidence}`).join(' | ');
  return { ...rs[0].result, status, evidence };
}

/** Short lists in evidence: the first few, then how many more. */
export const few = (xs, n = 4) =>
  [...new Set(xs)].slice(0, n).join(', ') + (new Set(xs).size > n ? ` and ${new Set(xs).size - n} more` : '');
