// A skipped test is a failure in CI: read the runners' JSON reports and count skips.
import { readFileSync } from 'node:fs';

const read = (f) => JSON.parse(readFileSync(f, 'utf8'));
const unit = read('test-results/unit.json');
const e2e = read('test-results/e2e.json');
const skipped = {
  unit: (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0),
  e2e: e2e.stats?.skipped ?? 0,
};
const ran = {
  unit: unit.numTotalTests ?? 0,
  e2e: (e2e.stats?.expected ?? 0) + (e2e.stats?.unexpected ?? 0) + (e2e.stats?.flaky ?? 0),
};
console.log(`tests run: unit ${ran.unit}, e2e ${ran.e2e}; skipped: unit ${skipped.unit}, e2e ${skipped.e2e}`);
if (skipped.unit || skipped.e2e || !ran.unit || !ran.e2e) {
  console.error('CI fails: every test must run (none skipped, none missing).');
  process.exit(1);
}
