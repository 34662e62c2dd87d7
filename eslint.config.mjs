// ESLint flat config: recommended JS + typescript-eslint recommended (syntax only, no type
// information, so `npm run lint` stays fast). Type errors are `npm run typecheck`'s job;
// formatting is prettier's (`prettier --check` runs in `npm run lint`).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';

// libs/domain holds rules only: no database, network, GraphQL or Node built-ins, so it stays
// testable without I/O and importable by the browser.
const DOMAIN_FORBIDDEN_IMPORTS = [
  'typeorm',
  'pg',
  'pg-copy-streams',
  'express',
  'graphql',
  'type-graphql',
  '@apollo/*',
  'node:*',
  'fs',
  'crypto',
  'path',
  'os',
  'child_process',
  '@ieum/db',
];

export default tseslint.config(
  {
    ignores: [
      '.perf/**',
      '**/dist/**',
      '**/node_modules/**',
      'apps/web/src/generated/**',
      '**/data/**',
      '.ieum-test/**',
      'e2e/test-results/**',
      'e2e/playwright-report/**',
      '**/playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.node },
      // type-graphql reads constructor types through decorator metadata: an import used only in a
      // decorated signature is a value import, and the type-imports rule must know that.
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.base.json'] })],
    },
    rules: {
      'no-console': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Test harnesses and GraphQL response shapes are loosely typed on purpose.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      // Type-only imports may form cycles (they vanish at run time); value imports may not.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: DOMAIN_FORBIDDEN_IMPORTS,
              message: 'libs/domain is pure rules: no I/O packages. Put this in libs/db or apps/api.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // Command-line tools, the benchmark, tests and the browser tests talk to a terminal.
    files: [
      'apps/api/src/cli/**',
      'apps/api/src/bench/**',
      'e2e/**',
      '**/*.test.ts',
      'apps/api/src/test/**',
      '**/*.config.{ts,mjs,js}',
    ],
    rules: { 'no-console': 'off' },
    // Their `eslint-disable-next-line no-console` comments are harmless here.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  },
);
