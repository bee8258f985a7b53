/**
 * What the loader (index.ts) hands to the Billing module and its later parts through the content
 * script's global scope (its own isolated world, which the page cannot see): the module is built apart
 * (modules/billing-module.ts) and cannot import the loader's code.
 */

/** The loader's `browser` (the polyfill), so the Billing module carries no second copy (billing-browser.ts). */
export const HANDED_BROWSER = Symbol.for('credit-lens.browser');
