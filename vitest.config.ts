import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { localeMessages } from './scripts/i18n/vite-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact(), localeMessages()],
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    // Tests in the happy-dom environment get MutationRecords that name the element itself, as a browser's do.
    // Every lexicon language installed up front (a Billing page loads only its own: lib/lexicon/packs.ts).
    setupFiles: ['scripts/happy-dom-fixes.ts', 'tests/support/all-languages.ts'],
  },
});
