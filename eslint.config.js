import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NO_HTML = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'Pasted text must never become HTML.',
};

/**
 * Outside the core, the core is reached through src/core/index.ts or one area's index.ts, never
 * a file inside an area (the layers and their rules: docs/architecture.md). `under` is what
 * comes before `core/` in a path: `src/` for tests, which have a `tests/core` of their own.
 */
function coreThroughIndexes(under, message) {
  const pattern = `(^|/)${under}core/(?!index\\.ts$)(?![^/]+/index\\.ts$)`;
  // esquery's regex literals cannot hold a slash, so the import() check spells it \x2F.
  const slashFree = pattern.replaceAll('/', '\\x2F');
  return {
    'no-restricted-imports': ['error', { patterns: [{ regex: pattern, message }] }],
    'no-restricted-syntax': [
      'error',
      NO_HTML,
      { selector: `ImportExpression[source.value=/${slashFree}/]`, message },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'coverage',
      'playwright-report',
      'test-results',
      'lighthouse-report',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-restricted-syntax': ['error', NO_HTML],
    },
  },
  {
    // A template the build fills in: plain JavaScript, run as a service worker.
    files: ['src/service-worker.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'script',
      globals: { ...globals.serviceworker, __APP_FILES__: 'readonly', __APP_VERSION__: 'readonly' },
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**'],
    rules: coreThroughIndexes(
      '',
      'Import the core through src/core/index.ts or a sub-area index.ts.',
    ),
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
    rules: coreThroughIndexes(
      'src/',
      'Tests reach the core through src/core/index.ts or a sub-area index.ts.',
    ),
  },
  {
    // The core must run in Node unchanged: no React, router, DOM or Vite-only imports.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', 'react/*'], message: 'src/core stays free of React.' },
            {
              group: ['../ui/*', '../ui', '*.css', '*?raw', '*?url'],
              message: 'src/core is pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage'],
    },
  },
);
