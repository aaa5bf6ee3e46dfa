/**
 * The command line: `cookiegate audit <url>` and `cookiegate scan <url>`, run by the SDK's
 * `cookiegate` command (or `cookiegate-audit`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { audit } from './audit.mjs';
import { BrowserNotFound } from './browser.mjs';
import { DEFAULTS, UsageError, parseDuration, parseViewports } from './options.mjs';
import { htmlReport } from './report/html.mjs';
import { exitCode, terminalTable } from './report/terminal.mjs';
import { scan } from './scan/scan.mjs';
import { driftText } from './scan/drift.mjs';
import { SiteError } from './session.mjs';

export const USAGE = `Usage:
  cookiegate audit <url> [options]   audit a site's consent banner against C1–C22
  cookiegate scan <url> [options]    accept everything and draft a cookiegate config

Common options:
  --chromium PATH        the browser (default: $CHROMIUM_PATH, /usr/bin/chromium,
                         chromium or google-chrome on the PATH)
  --viewports LIST       default 360x640,1366x768
  --pages N              same-origin pages to visit besides the start page (default 3)
  --navigation-timeout D --settle D --observe D --phase-timeout D
                         time limits (defaults 20s, 4s, 8s, 120s; e.g. 500ms, 10s, 2m)
  --offline              answer every other host locally (nothing leaves the machine;
                         requests are still recorded)
  --parallel N           phases at a time (default 6)

audit:
  --json FILE            write the report as JSON
  --html FILE            write a self-contained HTML report
  --fail-on fail|warn    exit 1 on any FAIL (default), or on any WARN too

scan:
  --config FILE          compare with this cookiegate config (drift)
  --out FILE             write the drafted config (refuses to overwrite without --force)
  --force

Exit codes: 0 all good, 1 an item failed (or the site could not be audited), 2 bad usage.`;

const OPTIONS = {
  chromium: { type: 'string' },
  viewports: { type: 'string' },
  pages: { type: 'string' },
  'navigation-timeout': { type: 'string' },
  settle: { type: 'string' },
  observe: { type: 'string' },
  'phase-timeout': { type: 'string' },
  offline: { type: 'boolean' },
  parallel: { type: 'string' },
  json: { type: 'string' },
  html: { type: 'string' },
  'fail-on': { type: 'string' },
  config: { type: 'string' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

const count = (text, flag, min = 0) => {
  if (!/^\d+$/.test(text) || Number(text) < min)
    throw new UsageError(`${flag} ${text}: expected a whole number ≥ ${min}`);
  return Number(text);
};

/**
 * The audit options from parsed flags.
 *
 * @example
 * auditOptions({ observe: '30s', offline: true });
 */
export function auditOptions(v) {
  const limits = { ...DEFAULTS.limits };
  for (const [flag, key] of [
    ['navigation-timeout', 'navigationMs'],
    ['settle', 'settleMs'],
    ['observe', 'observeMs'],
    ['phase-timeout', 'phaseMs'],
  ])
    if (v[flag] != null) limits[key] = parseDuration(v[flag], '--' + flag);
  return {
    chromium: v.chromium,
    viewports: v.viewports ? parseViewports(v.viewports) : DEFAULTS.viewports,
    pages: v.pages != null ? count(v.pages, '--pages') : DEFAULTS.pages,
    parallel: v.parallel != null ? count(v.parallel, '--parallel', 1) : DEFAULTS.parallel,
    offline: !!v.offline,
    limits,
  };
}

/**
 * Runs the CLI with `argv` (without node and the script); resolves with the exit code.
 * Output goes to `out` and `err` (default the process's).
 *
 * @example
 * process.exitCode = await main(['audit', 'https://shop.example/', '--json', 'audit.json']);
 */
export async function main(
  argv,
  { out = (s) => process.stdout.write(s + '\n'), err = (s) => process.stderr.write(s + '\n') } = {},
) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (e) {
    err(`${e.message}\n\n${USAGE}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  const [command, url, ...extra] = positionals;
  if (v.help || !command) {
    (v.help ? out : err)(USAGE);
    return v.help ? 0 : 2;
  }
  try {
    if (!['audit', 'scan'].includes(command)) throw new UsageError(`unknown command “${command}”`);
    if (!url) throw new UsageError(`${command}: give the site's URL, e.g. cookiegate ${command} https://shop.example/`);
    if (extra.length) throw new UsageError(`unexpected argument “${extra[0]}”`);
    if (v['fail-on'] && !['fail', 'warn'].includes(v['fail-on']))
      throw new UsageError(`--fail-on ${v['fail-on']}: expected fail or warn`);
    if (v.out && existsSync(v.out) && !v.force)
      throw new UsageError(`--out ${v.out}: the file exists; add --force to overwrite it`);
    const options = { ...auditOptions(v), onProgress: (line) => err(line) };
    if (command == 'audit') {
      const report = await audit(url, options);
      if (v.json) writeFileSync(v.json, JSON.stringify(report, null, 2) + '\n');
      if (v.html) writeFileSync(v.html, htmlReport(report));
      out(terminalTable(report, { width: process.stdout.columns || 110 }));
      return exitCode(report, v['fail-on']);
    }
    let config;
    if (v.config) {
      try {
        config = JSON.parse(readFileSync(v.config, 'utf8'));
      } catch (e) {
        throw new UsageError(`--config ${v.config}: ${e.message}`);
      }
    }
    const result = await scan(url, { ...options, config });
    if (result.error) {
      err(`Could not scan: ${result.error}`);
      return 1;
    }
    const draft = JSON.stringify(result.draft, null, 2) + '\n';
    if (v.out) {
      writeFileSync(v.out, draft);
      out(`Draft written to ${v.out}: ${Object.keys(result.draft.services).length} services.`);
    } else out(draft);
    if (result.drift) out(driftText(result.drift, v.config));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      err(`cookiegate ${command ?? ''}: ${e.message}`);
      return 2;
    }
    if (e instanceof BrowserNotFound || e instanceof SiteError) {
      err(`cookiegate ${command}: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
