// `npm run screenshots -w @ieum/e2e`: the README's pictures of each role's main page in Korean,
// taken from a fresh demo start (the same server the suite starts), written to docs/screenshots/.
import base from './playwright.config';
import { defineConfig } from '@playwright/test';

export default defineConfig({
  ...base,
  testMatch: 'take-screenshots.ts',
  retries: 0,
  reporter: 'list',
});
