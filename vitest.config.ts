import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        // Domain rules and the API against PostgreSQL.
        resolve: {
          alias: [
            // One graphql realm: type-graphql (CommonJS) and the tests must load the same module.
            { find: /^graphql$/, replacement: 'graphql/index.js' },
            { find: /^@ieum\/domain$/, replacement: here('./libs/domain/src/index.ts') },
            { find: /^@ieum\/db$/, replacement: here('./libs/db/src/index.ts') },
          ],
        },
        test: {
          name: 'node',
          pool: 'forks',
          include: ['libs/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts'],
          globalSetup: ['apps/api/src/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          env: { NODE_ENV: 'test' },
        },
      },
      {
        // The SPA's pure logic and hooks, in a browser-like DOM (no server, no database).
        plugins: [react()],
        test: {
          name: 'web',
          environment: 'happy-dom',
          include: ['apps/web/src/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
