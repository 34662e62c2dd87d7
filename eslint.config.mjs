// ESLint flat config: recommended JS + typescript-eslint recommended (syntax only, no type
// information, so `npm run lint` stays fast). Type errors are `npm run typecheck`'s job.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
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
