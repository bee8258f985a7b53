import type { browser } from 'wxt/browser';
import { HANDED_BROWSER, handed } from '@/lib/handover';

/**
 * `webextension-polyfill` as the Billing module sees it (modules/billing-module.ts resolves the package
 * here): the loader's instance, handed over before it imports the module. The polyfill is 3 KB gzipped,
 * and the loader, which runs on every Ads Manager page, already has it (issue 11, the module's weight).
 */
const polyfill = handed(HANDED_BROWSER);
if (!polyfill) throw new Error('[Credit Lens] the Billing module was loaded without its loader');
export default polyfill as typeof browser;
