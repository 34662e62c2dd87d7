import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Two projects: `domain` (the libraries' tests, no database) and `api` (apps/api, on one PostgreSQL
// started by the global setup). `vitest run` runs both; `npm run test:domain` / `test:api` one each.
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
    testTimeout: 30_000,
    env: { NODE_ENV: 'test' },
    projects: [
      { extends: true, test: { name: 'domain', include: ['libs/*/src/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'api',
          include: ['apps/api/src/**/*.test.ts'],
          globalSetup: ['apps/api/src/test/global-setup.ts'],
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
