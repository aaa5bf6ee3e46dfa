#!/usr/bin/env node
// cookiegate check <config.json>: checks a config as cookiegate.js would, and prints the
// data-checked fingerprint that spares every visitor's browser that check.
// cookiegate audit|scan <url>: run by @cookiegate/audit, a separate package because it
// drives a browser, when that is installed.
import { readFileSync } from 'node:fs';

const [command, file] = process.argv.slice(2);
process.exitCode = command == 'audit' || command == 'scan' ? await audit() : await check();

async function audit() {
  let cli;
  try {
    cli = await import('@cookiegate/audit/cli');
  } catch (e) {
    if (e?.code != 'ERR_MODULE_NOT_FOUND' || !/@cookiegate\/audit/.test(e.message)) throw e;
    console.error(`cookiegate ${command} needs the @cookiegate/audit package (it drives a real Chromium):

  npm install --save-dev @cookiegate/audit

It uses the Chromium or Chrome installed on this machine, or the one named by --chromium PATH.`);
    return 1;
  }
  return cli.main(process.argv.slice(2));
}

async function check() {
  const { fingerprint, validateConfig } = await import('../dist/index.mjs');
  if (command != 'check' || !file) {
    console.log(`Usage: cookiegate check <config.json>
       cookiegate audit <url> [options]   (with @cookiegate/audit; cookiegate audit --help)
       cookiegate scan <url> [options]

Checks a cookiegate config: prints every problem with its path and what was expected, and
exits with 1 when there is an error (cookiegate.js would fail closed on it). When the config
is valid, prints the attribute to put on its element,

  <script type="application/json" id="cookiegate-config" data-checked="…">

with which cookiegate.js does not download cookiegate-check.js to check it again in each
visitor's browser. Any edit of the config (or another cookiegate version) needs a new one;
without it, or with an outdated one, the config is checked in the browser as usual.`);
    return command == '--help' || command == '-h' ? 0 : 2;
  }
  let config;
  try {
    config = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    return 1;
  }
  const { errors, warnings } = validateConfig(config);
  for (const w of warnings) console.warn('warning: ' + w);
  for (const e of errors) console.error('error: ' + e);
  if (errors.length) return 1;
  console.log(`data-checked="${fingerprint(config)}"`);
  return 0;
}
