import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'net', 'url', 'util'];

/** The layer rules of ARCHITECTURE.md: a wrong import fails `npm test`, not a code review. */
const layer = (files, patterns, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'native/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  layer(
    ['shared/**/*.ts'],
    ['**/main/**', '**/renderer/**', '**/preload/**', 'electron', 'react', 'react-dom', ...nodeBuiltins],
    'shared/ is pure TypeScript: it imports nothing of node, electron, the DOM or the other layers.',
  ),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/main/**', '**/preload/**', 'electron', 'better-sqlite3', ...nodeBuiltins], message: 'renderer/ talks to the core only through renderer/api.ts and the operation table.' },
            {
              group: ['**/shared/schema/*', '**/shared/operations', 'zod'],
              allowTypeImports: true,
              message: 'The core validates; the renderer takes only types from the schemas, so zod stays out of the page it has to load.',
            },
          ],
        },
      ],
    },
  },
  layer(
    ['preload/**/*.ts'],
    ['**/main/**', '**/renderer/**', 'better-sqlite3'],
    'preload/ exposes the bridge only; it never imports main or renderer.',
  ),
  layer(
    ['main/core/**/*.ts'],
    ['electron', '**/electron/**', '**/host/**', '**/renderer/**', '**/preload/**'],
    'main/core/ is plain Node: no electron, and it knows no host.',
  ),
  layer(
    ['main/host/**/*.ts'],
    ['electron', '**/electron/**', '**/renderer/**'],
    'main/host/ is the browser studio: plain Node, no electron.',
  ),
);
