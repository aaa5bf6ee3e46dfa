#!/usr/bin/env node
/**
 * Where cookiegate's main-thread time goes on a returning visit, line by line: the bench page
 * (site.mjs) with cookiegate alone, a decision stored (accept all, reject all, and accept all
 * on the page with many gated elements), then many profiled returning visits in the same
 * context. Prints the median per phase (attribution.mjs) and the source lines (through the
 * source map) where the tool's samples land, summed over the runs. For aiming a change; the
 * figures to compare with the anchors come from run.bench.mjs.
 *
 * Usage (after `npm run build`): node e2e/bench/profile.mjs [--runs 20] [--rate 1] [--top 25] [--only accept,reject,many,first]
 * (`first`: a first visit, until the banner has been visible for 500 ms; not among the defaults).
 */
import { chromium } from 'playwright-core';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { attribute, PHASES, sourceMaps } from './attribution.mjs';
import { serve } from './server.mjs';
import { STAND_INS, TEXTS } from './site.mjs';
import { TOOLS } from './tools.mjs';
import { CHROMIUM } from '../chromium.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const RUNS = +arg('runs', 20);
const RATE = +arg('rate', 1);
const TOP = +arg('top', 25);
const ONLY = arg('only', 'accept,reject,many').split(',');
// --dir: another build of cookiegate.js (an unminified one gives line-level --lines).
const DIR = arg('dir', '');
const LINES = process.argv.includes('--lines');

// first: a first visit (no decision), profiled until the banner has been visible for 500 ms.
const SCENARIOS = {
  accept: ['', TEXTS.acceptAll],
  reject: ['', TEXTS.rejectAll],
  many: ['/many', TEXTS.acceptAll],
  first: ['', TEXTS.acceptAll],
};
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0;

/** Per line of cookiegate.js (its self time: the line and the browser APIs it calls). */
function ticks(profile, isTool, text) {
  const dt = profile.timeDeltas.reduce((a, x) => a + x, 0) / profile.samples.length / 1000;
  const out = new Map();
  for (const n of profile.nodes)
    if (isTool(n.callFrame) && n.callFrame.url.endsWith('/cookiegate.js'))
      for (const { line, ticks: t } of n.positionTicks || []) {
        const k = `${line}: ${(text[line - 1] || '').trim().slice(0, 100)}`;
        out.set(k, (out.get(k) || 0) + t * dt);
      }
  return out;
}

/** Per innermost tool frame (original file:line): ms over the profile. */
function lines(profile, isTool, original) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
  const where = new Map();
  const at = (id) => {
    if (!where.has(id)) {
      let label = null;
      for (let x = id; x != null; x = parent.get(x)) {
        const f = byId.get(x).callFrame;
        if (String(f.scriptId) == '0') continue;
        if (isTool(f)) {
          const o = original(f.url, f.lineNumber, f.columnNumber);
          label = o
            ? `${o.source.replace(/.*\/src\//, '')}: ${o.text.trim().slice(0, 90)}`
            : `${f.functionName || '?'}`;
        }
        break;
      }
      where.set(id, label);
    }
    return where.get(id);
  };
  const out = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const label = at(profile.samples[i]);
    if (label) out.set(label, (out.get(label) || 0) + (profile.timeDeltas[i + 1] || 0) / 1000);
  }
  return out;
}

async function main() {
  const tool = TOOLS.find((t) => t.name == 'cookiegate');
  const snap = mkdtempSync(join(tmpdir(), 'cookiegate-profile-'));
  for (const d of [tool.dir, DIR].filter(Boolean))
    for (const f of readdirSync(d)) if (/\.js(\.map)?$/.test(f)) copyFileSync(join(d, f), join(snap, f));
  const text = LINES ? readFileSync(join(snap, 'cookiegate.js'), 'utf8').split('\n') : [];
  tool.dir = snap;
  const server = await serve([tool]);
  const { origin } = server;
  const maps = sourceMaps(
    readdirSync(snap)
      .filter((f) => f.endsWith('.js'))
      .map((f) => [`${origin}/t/cookiegate/${f}`, join(snap, f + '.map')]),
  );
  const isTool = (f) => !!f.url && f.url.startsWith(`${origin}/t/cookiegate/`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM.executablePath,
    args: [...CHROMIUM.args, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  const load = loadavg()[0];
  try {
    for (const name of ONLY) {
      const [path, button] = SCENARIOS[name];
      const context = await browser.newContext({ locale: 'sv-SE' });
      await context.route(
        (url) => url.origin !== origin,
        (route) => {
          const body = STAND_INS[new URL(route.request().url()).hostname];
          return route.fulfill(body ? { contentType: 'text/javascript', body } : { status: 204, body: '' });
        },
      );
      const page = await context.newPage();
      await page.goto(origin + '/blank');
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
      const accept = page
        .locator('button')
        .filter({ hasText: new RegExp(`^\\s*${button}\\s*$`) })
        .filter({ visible: true })
        .first();
      await page.goto(`${origin}/cookiegate${path}`);
      if (name != 'first') await accept.click();
      await page.waitForTimeout(500);
      const phases = Object.fromEntries(PHASES.map((p) => [p, []]));
      const totals = [];
      const sum = new Map();
      for (let i = 0; i < RUNS; i++) {
        if (name == 'first') {
          await context.clearCookies();
          await page.evaluate(() => localStorage.clear());
        }
        await cdp.send('Profiler.start');
        await page.goto(`${origin}/cookiegate${path}`, { waitUntil: 'load' });
        if (name == 'first') await accept.waitFor();
        await page.waitForTimeout((name == 'first' ? 500 : 300) * Math.min(RATE, 2));
        const { profile } = await cdp.send('Profiler.stop');
        const a = attribute(profile, isTool, maps);
        totals.push(a.tool);
        for (const p of PHASES) phases[p].push(a.phases[p]);
        for (const [k, v] of LINES ? ticks(profile, isTool, text) : lines(profile, isTool, maps))
          sum.set(k, (sum.get(k) || 0) + v);
      }
      console.log(
        `\n## ${name == 'first' ? 'first visit' : 'returning after ' + name} (${RUNS} runs, ${RATE}×, load ${load.toFixed(1)}): total ${median(totals).toFixed(2)} ms`,
      );
      console.log(PHASES.map((p) => `${p} ${median(phases[p]).toFixed(2)}`).join(' · '));
      for (const [k, v] of [...sum].sort((a, b) => b[1] - a[1]).slice(0, TOP))
        console.log(`${(v / RUNS).toFixed(3).padStart(7)} ms  ${k}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(snap, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
