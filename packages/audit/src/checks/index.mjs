/**
 * Judges the whole checklist from the phases' evidence.
 */
import { c13, c14 } from './withdrawal.mjs';
import { c15, c16, c17 } from './time.mjs';
import { c18 } from './proof.mjs';
import { c19, c20 } from './signals.mjs';
import { c1, c2, c21, c3 } from './storage.mjs';
import { c10, c11, c12, c4, c5 } from './banner.mjs';
import { c6, c7, c8 } from './choice.mjs';
import { c9 } from './information.mjs';
import { c22 } from './accessibility.mjs';
import { worst } from './catalogue.mjs';

export { ITEMS, STATUSES } from './catalogue.mjs';

/**
 * C1–C22 from the evidence: per-viewport items at each viewport (worst wins), the others
 * once.
 *
 * @example
 * const checks = judgeAll({ viewports: [{ label: '1366×768', before, reject, accept, prefs, close }], gpc, expiry, revision, verification, config });
 */
export function judgeAll({ viewports, gpc, expiry, revision, verification, config }) {
  const each = (fn) => worst(viewports.map((v) => ({ label: v.label, result: fn(v) })));
  const main = viewports[viewports.length - 1];
  return [
    each((v) => c1(v.before, config)),
    each((v) => c2(v.before)),
    each((v) => c3(v.before, config)),
    each((v) => c4(v.before, v.reject, v.accept, config)),
    each((v) => c5(v.before)),
    each((v) => c6(v.prefs, v.before)),
    each((v) => c7(v.prefs)),
    each((v) => c8(v.prefs, config)),
    c9(main.before, main.accept, config),
    each((v) => c10(v.before)),
    each((v) => c11(v.before)),
    each((v) => c12(v.close, config)),
    each((v) => c13(v.accept, config)),
    each((v) => c14(v.accept)),
    each((v) => c15(v.reject)),
    c16(main.accept, expiry),
    c17(revision),
    c18(main.accept, verification, config),
    c19(viewports.flatMap((v) => [v.before, v.accept])),
    c20(gpc, config),
    each((v) => c21(v.before)),
    each((v) => c22(v.before)),
  ];
}
