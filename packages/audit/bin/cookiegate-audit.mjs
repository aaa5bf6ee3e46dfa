#!/usr/bin/env node
// cookiegate-audit audit|scan <url>: the same as `npx cookiegate audit|scan <url>`.
import { main } from '../src/cli.mjs';

process.exitCode = await main(process.argv.slice(2));
