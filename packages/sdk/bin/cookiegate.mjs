#!/usr/bin/env node
// cookiegate check [--write] <config.json>: checks a config as cookiegate.js would, and prints
// the data-checked fingerprint that spares every visitor's browser that check; --write puts the
// config's presets' data into it (presetData), which spares every page cookiegate-presets.js.
// cookiegate audit|scan <url>: run by @cookiegate/audit, a separate package because it
// drives a browser, when that is installed.
import { readFileSync, writeFileSync } from 'node:fs';

const [command, ...rest] = process.argv.slice(2);
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
  const { PRESETS, presetDataOf } = await import('../dist/presets.mjs');
  const { canonical } = await import('@cookiegate/protocol');
  const write = rest.includes('--write');
  const file = rest.find((a) => a != '--write');
  if (command != 'check' || !file || rest.some((a) => a.startsWith('-') && a != '--write')) {
    console.log(`Usage: cookiegate check [--write] <config.json>
       cookiegate audit <url> [options]   (with @cookiegate/audit; cookiegate audit --help)
       cookiegate scan <url> [options]

Checks a cookiegate config: prints every problem with its path and what was expected, and
exits with 1 when there is an error (cookiegate.js would fail closed on it). When the config
is valid, prints the attribute to put on its element,

  <script type="application/json" id="cookiegate-config" data-checked="…">

with which cookiegate.js does not download cookiegate-check.js to check it again in each
visitor's browser. Any edit of the config (or another cookiegate version) needs a new one;
without it, or with an outdated one, the config is checked in the browser as usual.

--write  writes into the file, as "presetData", the blocking data of the presets its services
         name, so that cookiegate.js loads only those (not cookiegate-presets.js, the data of
         every preset); the data-checked printed covers it. Run it again after each edit of
         the config and each update of cookiegate.`);
    return command == '--help' || command == '-h' || rest.includes('--help') ? 0 : 2;
  }
  let text, config;
  try {
    text = readFileSync(file, 'utf8');
    config = JSON.parse(text);
  } catch (e) {
    console.error(`${file}: ${e.message}`);
    return 1;
  }
  // --write replaces what is there, whatever it is.
  if (write) delete config.presetData;
  const { errors, warnings } = validateConfig(config);
  for (const w of warnings) console.warn('warning: ' + w);
  for (const e of errors) console.error('error: ' + e);
  if (errors.length) return 1;
  const data = presetDataOf(config, PRESETS);
  if (write) {
    if (data) config.presetData = data;
    else delete config.presetData;
    const indent = /^[ \t]+/m.exec(text)?.[0] ?? '  ';
    try {
      writeFileSync(file, JSON.stringify(config, null, indent) + '\n');
    } catch (e) {
      console.error(`${file}: ${e.message}`);
      return 1;
    }
    console.warn(
      data
        ? `wrote presetData (${Object.keys(data).join(', ')}) into ${file}`
        : `no preset named: no presetData in ${file}`,
    );
  } else if (config.presetData !== undefined && canonical(config.presetData) != canonical(data ?? null)) {
    // A data-checked printed now would make cookiegate.js trust data this version does not have.
    console.error(
      `error: presetData: not the data of this config's presets in this cookiegate version; run: npx cookiegate check --write ${file}`,
    );
    return 1;
  } else if (data && config.presetData === undefined)
    console.warn(
      `warning: without presetData every page loads cookiegate-presets.js (the data of all ${Object.keys(PRESETS).length} presets); run: npx cookiegate check --write ${file}`,
    );
  console.log(`data-checked="${fingerprint(config)}"`);
  return 0;
}
