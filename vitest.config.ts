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

export default defineConfig({
  resolve: { alias },
  test: {
    pool: 'forks',
    globalSetup: ['apps/api/src/test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
    projects: [
      {
        extends: true,
        test: { name: 'node', include: ['libs/*/src/**/*.test.ts', 'apps/api/src/**/*.test.ts'] },
      },
      {
        // The web app's logic and components, in a DOM without a browser.
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
