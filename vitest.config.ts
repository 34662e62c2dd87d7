import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // One graphql realm: type-graphql (CommonJS) and the tests must load the same module.
      { find: /^graphql$/, replacement: 'graphql/index.js' },
      { find: /^@ieum\/domain$/, replacement: here('./libs/domain/src/index.ts') },
      { find: /^@ieum\/db$/, replacement: here('./libs/db/src/index.ts') },
    ],
  },
  test: {
    pool: 'forks',
    include: ['libs/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts'],
    globalSetup: ['apps/api/src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
