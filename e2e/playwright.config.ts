import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, defineConfig, devices } from '@playwright/test';

// IEUM_E2E_PORT lets two checkouts on one machine run their suites without fighting over the port.
const PORT = Number(process.env.IEUM_E2E_PORT ?? 4100);
const baseURL = `http://127.0.0.1:${PORT}`;

// Debian's chromium (apt-get install chromium) by default; `npx playwright install` does not work
// on the project's machines, but Playwright's own browser is used when it happens to be there.
function findChromium(): string | undefined {
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(system)) return system;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright's browser registry has no chromium for this platform.
  }
  throw new Error(
    `No Chromium found (looked at ${system} and Playwright's own browsers). ` +
      'Install one with `apt-get install chromium` (or set CHROMIUM_PATH), or `npx playwright install chromium`.',
  );
}
const executablePath = findChromium();

// The API serves the built SPA; without it every page would be a 404.
const webDist = resolve(__dirname, '../apps/web/dist/index.html');
const apiMain = resolve(__dirname, '../apps/api/dist/main.js');
if (!existsSync(webDist) || !existsSync(apiMain)) {
  throw new Error(
    'Build first: `npm run build` at the repository root (needs apps/api/dist/main.js and apps/web/dist).',
  );
}

// A fresh data directory per run, so the embedded PostgreSQL starts empty and demo data is seeded anew.
// Workers load this file again; they inherit the directory through the environment.
if (!process.env.IEUM_E2E_DATA_DIR) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ieum-e2e-'));
  process.env.IEUM_E2E_DATA_DIR = dataDir;
  // The web server (and its embedded PostgreSQL) has stopped by the time the runner exits.
  process.on('exit', () => rmSync(dataDir, { recursive: true, force: true }));
}

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    baseURL,
    locale: 'ko-KR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: 'node ../apps/api/dist/main.js',
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      IEUM_DATA_DIR: process.env.IEUM_E2E_DATA_DIR,
      IEUM_DEMO: '1',
      // With DATABASE_URL (a shared server) the API creates a database just for this run.
      IEUM_E2E_FRESH_DB: '1',
      // Every browser is 127.0.0.1: the calculator's per-address limit must not throttle the suite.
      IEUM_PUBLIC_RATE_LIMIT: '100000',
      ...(process.env.DATABASE_URL ? { DATABASE_URL: process.env.DATABASE_URL } : {}),
    },
  },
});
