// Builds the statistics dashboard into dist/dashboard/: index.html naming one content-hashed
// script and one content-hashed style sheet (uPlot's and ours), so that the assets can be
// cached for good and the page carries nothing inline (its CSP allows only 'self').
// Run by `npm run build -w @cookiegate/server` after tsc.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const OUT = join(HERE, '..', 'dist', 'dashboard');

mkdirSync(OUT, { recursive: true });
for (const f of readdirSync(OUT)) rmSync(join(OUT, f)); // last build's hashed files
const result = await build({
  entryPoints: { dashboard: join(HERE, 'src', 'main.ts') },
  bundle: true,
  format: 'iife',
  target: 'es2020',
  minify: true,
  entryNames: '[name]-[hash]',
  outdir: OUT,
  metafile: true,
  logLevel: 'warning',
});
const outputs = Object.keys(result.metafile.outputs).map((f) => basename(f));
const script = outputs.find((f) => f.endsWith('.js'));
const style = outputs.find((f) => f.endsWith('.css'));
if (!script || !style) throw new Error(`dashboard build: expected one .js and one .css, got ${outputs.join(', ')}`);
const html = readFileSync(join(HERE, 'index.html'), 'utf8')
  .replace('%SCRIPT%', `dashboard/${script}`)
  .replace('%STYLE%', `dashboard/${style}`);
writeFileSync(join(OUT, 'index.html'), html);
