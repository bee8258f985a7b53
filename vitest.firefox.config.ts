import { defineConfig } from 'vitest/config';

// `npm run test:firefox`: the built Firefox extension in Firefox ESR (tests/firefox), apart from the unit
// tests because it needs `npm run build:firefox` first and drives a real browser.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    // One Firefox for the file; its tests run in order (the console check comes last).
    fileParallelism: false,
    testTimeout: 30_000,
  },
});
