// For `npm run size`, after size-limit: the README's size table says what .size-limit.json
// budgets and what the files measure (as nanostores keeps its README in sync). Each budget
// in .size-limit.json has a row in the table under "## Size" whose first cell is its name;
// the row's budget cell must be its limit, and its "now" cell must start with its size as
// size-limit measures it (brotli, quality 11, summed over the files, kB of 1000 bytes, two
// decimals). `--fix` writes the right figures into the README instead of failing.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const fix = process.argv.includes('--fix');
const budgets = JSON.parse(readFileSync(join(root, '.size-limit.json'), 'utf8'));
const readmeFile = join(root, 'README.md');
const readme = readFileSync(readmeFile, 'utf8');

const brotli = (file) =>
  brotliCompressSync(readFileSync(join(root, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kB = (bytes) => (bytes / 1000).toFixed(2) + ' kB';

const start = readme.indexOf('\n## Size\n');
const end = readme.indexOf('\n## ', start + 1);
if (start < 0) throw new Error('README.md has no "## Size" section');
const lines = readme.slice(start, end).split('\n');
const cells = (line) => line.split(/(?<!\\)\|/).slice(1, -1);
const problems = [];
const seen = new Set();
for (const b of budgets) {
  const size = [b.path].flat().reduce((sum, f) => sum + brotli(f), 0);
  const i = lines.findIndex((l) => l.startsWith('|') && cells(l)[0]?.trim() == b.name);
  if (i < 0) {
    problems.push(`no row for "${b.name}" in the README's size table`);
    continue;
  }
  seen.add(i);
  const row = cells(lines[i]);
  const [budget, now] = [row[2].trim(), row[3].trim()];
  const want = kB(size);
  if (budget != b.limit) problems.push(`${b.name}: README says budget ${budget}, .size-limit.json ${b.limit}`);
  if (!now.startsWith(want) || /^\d/.test(now.slice(want.length).trim().slice(0, 1)))
    problems.push(`${b.name}: README says ${now.split(' (')[0]}, measured ${want}`);
  row[2] = ' ' + b.limit + ' ';
  row[3] = ' ' + (now.replace(/^[\d.]+ kB/, '') ? want + now.replace(/^[\d.]+ kB/, '') : want) + ' ';
  lines[i] = '|' + row.join('|') + '|';
}
// A row naming a file the budgets no longer measure would keep an old figure.
lines.forEach((l, i) => {
  if (!seen.has(i) && /^\| `/.test(l) && / kB \|[^|]*\| *$/.test(l) && /\d kB/.test(cells(l)[2] ?? ''))
    problems.push(`README row without a budget in .size-limit.json: ${cells(l)[0].trim()}`);
});

if (problems.length && fix) {
  writeFileSync(readmeFile, readme.slice(0, start) + lines.join('\n') + readme.slice(end));
  console.log('README.md: size table updated:\n  ' + problems.join('\n  '));
} else if (problems.length) {
  console.error(
    "README.md's size table does not match .size-limit.json and the build (node packages/sdk/build/size-readme.mjs --fix writes the figures):\n  " +
      problems.join('\n  '),
  );
  process.exitCode = 1;
} else console.log(`README.md: the size table matches the ${budgets.length} budgets and their measurements`);
