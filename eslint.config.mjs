// Lint rules for the whole repository: the recommended sets plus the architecture rules the
// folder layout promises (each rule names the boundary it keeps). Formatting is Prettier's
// job (`npm run format`), so eslint-config-prettier turns the stylistic rules off.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** `no-restricted-imports` patterns that keep one layer from reaching into another. */
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'test-results/**',
      'playwright-report/**',
      'e2e/screenshots/**',
      'e2e/bench/results/**',
      'coverage/**',
      'data/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused names are errors, except a deliberate `_` prefix (e.g. destructuring a field away).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // Empty catch blocks are allowed where a comment says why (storage disabled, etc.).
      'no-empty': ['error', { allowEmptyCatch: true }],
      // `a && b()` is the size-critical head script's idiom for a guarded call.
      '@typescript-eslint/no-unused-expressions': ['error', { allowShortCircuit: true, allowTernary: true }],
    },
  },
  { files: ['examples/shop/public/sw.js'], languageOptions: { globals: globals.serviceworker } },
  // Architecture: the SDK's core and blocker never depend on the UI or preact (the head script
  // must not pull the banner in); the core does not import the build entries.
  {
    files: ['packages/sdk/src/core/**', 'packages/sdk/src/blocker/**'],
    rules: forbid(
      [['**/ui', '**/ui/**', 'preact', 'preact/**'], 'the core and blocker never import the UI or preact'],
      [['**/entries/**'], 'build entries import the core, not the other way round'],
    ),
  },
  // The server's pure log (Merkle tree, records, tree heads) knows no store, operation, HTTP or node glue.
  {
    files: ['packages/server/src/log/**'],
    rules: forbid([
      ['**/stores/**', '**/ops/**', '**/http/**', '**/node/**', 'hono', 'hono/**', 'better-sqlite3', 'pg'],
      'the log is pure: it imports nothing above it',
    ]),
  },
  // Stores never import the HTTP layer.
  {
    files: ['packages/server/src/stores/**'],
    ignores: ['**/*.test.ts'],
    rules: forbid([['**/http/**', 'hono', 'hono/**', '@hono/**'], 'stores never import the HTTP layer']),
  },
  // The handler never reaches into the node glue or a database driver: it gets a store.
  {
    files: ['packages/server/src/http/**', 'packages/server/src/ops/**'],
    ignores: ['**/*.test.ts'],
    rules: forbid([
      ['**/node/**', '**/stores/sqlite/**', '**/stores/postgres/**', 'better-sqlite3', 'pg'],
      'the handler and the operations get a store; they do not open one',
    ]),
  },
  // The protocol is shared by the browser SDK and the server: web-standard only.
  {
    files: ['packages/protocol/src/**'],
    ignores: ['**/*.test.ts'],
    rules: forbid([['node:*'], 'the protocol runs in browsers too']),
  },
  // Tests may use what they need.
  {
    files: ['**/*.test.ts', '**/*.spec.ts', 'e2e/**', '**/test/**', '**/bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
