/**
 * Crash safety and tamper evidence on SQLite (the scenario is in fault-harness.ts),
 * and the CLI's --help.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { faultSuite, runCli } from './fault-harness.js';

faultSuite('SQLite', async (dir) => {
  const file = join(dir, 'proofs.db');
  return {
    db: `sqlite:${file}`,
    tamper: async (id, from, to) => {
      // A separate connection, as an attacker with file access would use.
      const db = new Database(file);
      try {
        return db
          .prepare('UPDATE records SET body = replace(body, ?, ?) WHERE id = ? AND instr(body, ?) > 0')
          .run(from, to, id, from).changes;
      } finally {
        db.close();
      }
    },
    dispose: async () => {}, // the file goes with the harness's temp folder
  };
});

describe('cookiegate-server --help', () => {
  it('documents every flag', async () => {
    const h = await runCli(['--help'], {});
    expect(h.code).toBe(0);
    for (const s of [
      '--port',
      '--db',
      '--origin',
      'COOKIEGATE_PORT',
      'COOKIEGATE_DB',
      'COOKIEGATE_ORIGINS',
      'verify',
      'purge',
      'export',
      'erase',
    ])
      expect(h.stdout).toContain(s);
  });
});
