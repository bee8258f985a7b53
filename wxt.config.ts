import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { localeMessages } from './scripts/i18n/vite-plugin';
import { polyfillWithoutInterop } from './scripts/build/polyfill-without-interop';

// The manifest is the privacy promise in code: `storage` is the only permission, and the content
// script matches the two TikTok hosts; the Billing routes are gated at runtime (lib/reader/page-kind.ts)
// because match patterns cannot express "only when the path is a finance page".
export default defineConfig({
  // Parallel work (and CI shards) can build into separate folders; tests read the same variable.
  outDir: process.env.CREDIT_LENS_OUT_DIR ?? '.output',
  // @wxt-dev/i18n writes _locales/<code>/messages.json from locales/*.yml (the manifest's name and
  // description) and types the keys; the run-time lookup is ours (lib/i18n), see docs/design.md.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  publicDir: 'assets',
  // `npm run size` builds with hidden source maps (no sourceMappingURL comment, so the shipped code is
  // byte for byte the same) to tell which module the bytes of each entry come from.
  vite: () => ({
    plugins: [preact(), localeMessages(), polyfillWithoutInterop()],
    build: { sourcemap: process.env.CREDIT_LENS_SOURCEMAPS === 'hidden' ? 'hidden' : false },
  }),
  // Firefox's sources zip is what a reviewer rebuilds from: local run output has no place in it
  // (WXT already leaves out dot-folders such as .output*, node_modules and *.test/*.spec files).
  zip: { excludeSources: ['demo-output/**', 'test-results/**', 'playwright-report/**', 'bench/results.local.json'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'credit-lens@credit-lens.app',
              // data_collection_permissions is understood from Firefox 140 (Android 142); older versions
              // would install without showing the user that nothing is collected.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
