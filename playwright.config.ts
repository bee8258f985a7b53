import { defineConfig } from '@playwright/test';

// Each test launches its own Chromium with the built extension (tests/e2e/extension.ts); on a 2-core
// machine one at a time is faster than contending browsers, and keeps timing-sensitive checks honest.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 45_000,
  expect: { timeout: 7_000 },
  use: {
    actionTimeout: 10_000,
    navigationTimeout: 15_000,
  },
});
