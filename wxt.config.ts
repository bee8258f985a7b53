import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest is the privacy promise in code: `storage` is the only permission, and the content
// script matches the two TikTok hosts; the Billing routes are gated at runtime (lib/reader/page-kind.ts)
// because match patterns cannot express "only when the path is a finance page".
export default defineConfig({
  // Parallel work (and CI shards) can build into separate folders; tests read the same variable.
  outDir: process.env.CREDIT_LENS_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets',
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Credit Lens for TikTok Ads',
    description:
      'Reads your TikTok Ads Manager billing pages locally: pending spend-match credit, where the promo code goes, why a code was rejected.',
    permissions: ['storage', 'alarms', 'notifications'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'credit-lens@credit-lens.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
