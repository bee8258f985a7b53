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
    setupFiles: ['tests/support/happy-dom-setup.ts', 'tests/support/all-languages.ts'],
    // vitest 4.1 runs one worker fewer than the machine has cores: one worker on a 2-core machine, where
    // two took the unit run from 285 to 211 s. The run's own process does little meanwhile.
    maxWorkers: '100%',
  },
});
