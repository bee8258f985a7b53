import type { browser } from 'wxt/browser';
import { HANDED_BROWSER } from '@/lib/handover';

/**
 * `webextension-polyfill` as the Billing module sees it (modules/billing-module.ts resolves the package
 * here): the loader's instance, handed over before it imports the module. The polyfill is 3 KB gzipped,
 * and the loader, which runs on every Ads Manager page, already has it (issue 11, the module's weight).
 */
const handed = (globalThis as Record<symbol, unknown>)[HANDED_BROWSER];
if (!handed) throw new Error('[Credit Lens] the Billing module was loaded without its loader');
export default handed as typeof browser;
