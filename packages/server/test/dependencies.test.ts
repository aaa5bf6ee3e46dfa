/** Runtime dependencies are what the shipped code imports: a package only tests use belongs in devDependencies. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PKG = dirname(dirname(fileURLToPath(import.meta.url)));

/** Every non-test TypeScript file under `dir`. */
function shipped(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return shipped(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('package.json', () => {
  it('lists as runtime dependencies only packages the shipped code imports', () => {
    const pkg = JSON.parse(readFileSync(join(PKG, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const code = shipped(join(PKG, 'src'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(pkg.dependencies).filter(
      (name) =>
        !new RegExp(`(from|import\\(|require\\()\\s*['"]${name.replace(/[/.]/g, '\\$&')}(/[^'"]*)?['"]`).test(code),
    );
    expect(unused).toEqual([]);
  });
});
