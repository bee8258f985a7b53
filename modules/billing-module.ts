import { resolve } from 'node:path';
import { build, type InlineConfig, type PluginOption } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { COMPILE_ALL_ON_LOAD } from './compile-hints';

/**
 * Builds the Billing module as an ES module the content script imports on demand (WXT's "ESM content
 * script" recipe). Why: the content script runs on every Ads Manager page, but only Finance pages need
 * the reader, the lexicon (English; other languages are chunks beside it), the hint rules and the overlay. The loader stays tiny; the
 * module is fetched from the extension's own package (never the network) on a Billing route only.
 */
export const BILLING_MODULE_DIR = 'content-scripts/billing';
export const BILLING_MODULE_FILE = `${BILLING_MODULE_DIR}/billing.js`;
// Vite leaves whitespace in library-mode ES output for downstream bundlers; this file ships as is.
// A language's messages and lexicon get fixed names (`messages-ja.js`, `lexicon-ja.js`): the loader
// imports them itself (CHUNK_IMPORTER in lib/handover.ts), since Chrome refuses the module's own
// imports under `use_dynamic_url`.
const chunkFileNames = (chunk: { facadeModuleId?: string | null }) => {
  const id = chunk.facadeModuleId ?? '';
  const locale = /[\\/]locales[\\/]([A-Za-z_]+)\.yml/.exec(id)?.[1];
  if (locale) return `messages-${locale}.js`;
  const lexicon = /[\\/]lib[\\/]lexicon[\\/]([A-Za-z]{2}(?:-[A-Za-z]{2,4})?)\.ts$/.exec(id)?.[1];
  return lexicon ? `lexicon-${lexicon}.js` : '[name]-[hash].js';
};
// The Billing module runs nearly all its code on its first read: compiled as it loads (compile-hints.ts).
// After minifying, which would drop the comment; misread.js and parts.js load on a user action and stay lazy.
// No comments: the minifier keeps `/* @__PURE__ */` marks for a later bundler by default, and these
// files are the end of the line (255 marks in billing.js, 0.3 KB gzipped).
export const moduleOutput = (name: string) => ({
  entryFileNames: `${name}.js`,
  chunkFileNames,
  minify: true,
  comments: false,
  ...(name === 'billing' && { postBanner: (chunk: { isEntry: boolean }) => (chunk.isEntry ? COMPILE_ALL_ON_LOAD : '') }),
});
/**
 * The modules built into the Billing folder: the session, and the parts that load when the user first
 * acts: the misread loop's (components/misread/lazy.ts) and the overlay's (components/overlay/parts/entry.tsx,
 * its own Preact rendering its own trees). Each is built whole, sharing no code chunk: Chrome refuses the
 * Billing module's own imports of a sibling under `use_dynamic_url`, so the loader imports `misread.js`
 * and `parts.js` itself (entrypoints/content/index.ts) and none may import another.
 */
const MODULES = [
  { name: 'billing', entry: 'entrypoints/content/billing.ts' },
  { name: 'misread', entry: 'components/misread/lazy.ts' },
  { name: 'parts', entry: 'components/overlay/parts/entry.tsx' },
];
const HOSTS = ['https://ads.tiktok.com/*', 'https://business.tiktok.com/*'];

// The content entry's own plugins make an IIFE that returns a value; an ES module must not get them.
const IIFE_ONLY_PLUGINS = new Set(['wxt:iife-footer', 'wxt:iife-anonymous']);

/**
 * The modules use the loader's polyfill, handed over at run time (entrypoints/content/billing-browser.ts),
 * rather than a copy of their own. `wxt/browser` reaches the package through WXT's alias, so the package
 * is what is resolved.
 */
const loaderBrowser = (root: string): PluginOption => ({
  name: 'credit-lens:loader-browser',
  enforce: 'pre',
  resolveId: (id) => (id === 'webextension-polyfill' ? resolve(root, 'entrypoints/content/billing-browser.ts') : null),
});

/**
 * In the Billing module only, the hint registry's `code-typing` and `rejection` rules are their stand-ins
 * (lib/hints/on-demand.ts), which load the rules with `parts.js` once the user types a code or the page
 * rejects one: the rules have work only after that user action, and every Billing page would otherwise
 * carry them at first paint. So is the registry of the rules' details (lib/hints/summary.ts), which only
 * the open dock shows: the stand-in's comes with its body.
 */
const RULES_ON_DEMAND = new Set(['./rules/code-typing', './rules/rejection']);
const DETAILS_ON_DEMAND = './details/index';
const rulesOnDemand = (root: string): PluginOption => ({
  name: 'credit-lens:rules-on-demand',
  enforce: 'pre',
  resolveId: (id, importer) =>
    importer &&
    ((RULES_ON_DEMAND.has(id) && resolve(importer) === resolve(root, 'lib/hints/index.ts')) ||
      (id === DETAILS_ON_DEMAND && resolve(importer) === resolve(root, 'lib/hints/summary.ts')))
      ? resolve(root, 'lib/hints/on-demand.ts')
      : null,
});

export default defineWxtModule((wxt) => {
  let contentConfig: InlineConfig | null = null;
  wxt.hooks.hook('vite:build:extendConfig', ([entrypoint], config) => {
    if (entrypoint?.name === 'content') contentConfig = config;
  });

  wxt.hooks.hook('build:done', async () => {
    if (!contentConfig) throw new Error('[billing-module] the content entrypoint was not built');
    const plugins = (contentConfig.plugins ?? []).flat().filter(
      (plugin): plugin is PluginOption =>
        !(plugin && typeof plugin === 'object' && 'name' in plugin && IIFE_ONLY_PLUGINS.has(plugin.name)),
    );
    for (const module of MODULES) {
      await build({
        ...contentConfig,
        plugins: [loaderBrowser(wxt.config.root), ...(module.name === 'billing' ? [rulesOnDemand(wxt.config.root)] : []), ...plugins],
        configFile: false,
        logLevel: 'warn',
        build: {
          ...contentConfig.build,
          emptyOutDir: false,
          copyPublicDir: false,
          outDir: resolve(wxt.config.outDir, BILLING_MODULE_DIR),
          lib: { entry: resolve(wxt.config.root, module.entry), formats: ['es'], fileName: module.name },
          // Vite 8 reads rolldownOptions; WXT sets both for the content entry, so both are replaced.
          rollupOptions: { output: moduleOutput(module.name) },
          rolldownOptions: { output: moduleOutput(module.name) },
        },
      });
    }
  });

  // Readable only by the two TikTok hosts the content script runs on, and only this folder.
  wxt.hooks.hook('build:manifestGenerated', (_, manifest) => {
    manifest.web_accessible_resources ??= [];
    (manifest.web_accessible_resources as unknown[]).push({
      matches: HOSTS,
      resources: [`${BILLING_MODULE_DIR}/*`],
      ...(wxt.config.browser === 'firefox' ? {} : { use_dynamic_url: true }),
    });
  });

  wxt.hooks.hook('prepare:publicPaths', (_, paths) => {
    paths.push(BILLING_MODULE_FILE, `${BILLING_MODULE_DIR}/misread.js`, `${BILLING_MODULE_DIR}/parts.js`);
  });
});
