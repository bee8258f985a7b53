/**
 * `wxt/browser` is webextension-polyfill (through @wxt-dev/webextension-polyfill), a CommonJS module.
 * Taken with `import`, the bundler wraps it in its CommonJS interop, which copies every property of the
 * namespace the polyfill returns; in Chrome and Firefox that namespace is the browser's own `browser`,
 * and reading each property's descriptor builds every extension API the page or content script may
 * use (alarms, notifications, tabs, windows...), whether it ever calls them or not: 2 to 8 ms at the
 * start of the board, the popup, the options page, the background and the content script on every
 * Ads Manager page (issue 13). A `require` from this one module hands the namespace over as it is; the
 * polyfill itself runs unchanged.
 */
import type { Plugin } from 'vite';

const POLYFILL = 'webextension-polyfill';
const WITHOUT_INTEROP = '\0credit-lens:webextension-polyfill';

export function polyfillWithoutInterop(): Plugin {
  return {
    name: 'credit-lens:polyfill-without-interop',
    enforce: 'pre',
    // Bundled builds only: the dev server hands pages their modules unbundled, where no `require` exists.
    apply: 'build',
    // Only the bare name, as @wxt-dev/webextension-polyfill imports it; the file below is the package's own main.
    resolveId: (source) => (source === POLYFILL ? WITHOUT_INTEROP : null),
    load: (id) => (id === WITHOUT_INTEROP ? `export default require('${POLYFILL}/dist/browser-polyfill.js');` : null),
  };
}
