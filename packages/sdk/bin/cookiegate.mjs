#!/usr/bin/env node
// cookiegate check <config.json>: checks a config as cookiegate.js would, and prints the
// data-checked fingerprint that spares every visitor's browser that check.
import { readFileSync } from 'node:fs';
import { fingerprint, validateConfig } from '../dist/index.mjs';

const [command, file] = process.argv.slice(2);
if (command != 'check' || !file) {
  console.log(`Usage: cookiegate check <config.json>

Checks a cookiegate config: prints every problem with its path and what was expected, and
exits with 1 when there is an error (cookiegate.js would fail closed on it). When the config
is valid, prints the attribute to put on its element,

  <script type="application/json" id="cookiegate-config" data-checked="…">

with which cookiegate.js does not download cookiegate-check.js to check it again in each
visitor's browser. Any edit of the config (or another cookiegate version) needs a new one;
without it, or with an outdated one, the config is checked in the browser as usual.`);
  process.exit(command == '--help' || command == '-h' ? 0 : 2);
}

let config;
try {
  config = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`${file}: ${e.message}`);
  process.exit(1);
}
const { errors, warnings } = validateConfig(config);
for (const w of warnings) console.warn('warning: ' + w);
for (const e of errors) console.error('error: ' + e);
if (errors.length) process.exit(1);
console.log(`data-checked="${fingerprint(config)}"`);
