import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

const alias = [
  // One graphql realm: type-graphql (CommonJS) and the tests must load the same module.
  { find: /^graphql$/, replacement: 'graphql/index.js' },
  { find: /^@ieum\/domain$/, replacement: here('./libs/domain/src/index.ts') },
  { find: /^@ieum\/db$/, replacement: here('./libs/db/src/index.ts') },
];

// Three projects: `domain` (the libraries' tests, no database), `api` (apps/api, on one PostgreSQL
// started by the global setup) and `web` (the SPA's logic and components in happy-dom). `vitest run`
// runs all three; `npm run test:domain`, `test:api` and `test:web` one each.
export default defineConfig({
  resolve: { alias },
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
      {
        plugins: [react()],
        resolve: { alias: alias.slice(1) },
        test: {
          name: 'web',
          environment: 'happy-dom',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
          testTimeout: 10_000,
        },
      },
    ],
  },
});
