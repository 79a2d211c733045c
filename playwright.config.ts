import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './tests/chromiumLaunch';

/**
 * End-to-end tests drive the browser studio (out/main/host.js) in Debian's Chromium; each test
 * spawns its own host (tests/e2e/fixtures.ts), so there is no webServer block. Build first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    headless: true,
    locale: 'en-US',
    timezoneId: 'Europe/Warsaw',
    viewport: { width: 1366, height: 768 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
});
