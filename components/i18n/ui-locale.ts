import { browser } from 'wxt/browser';

/** The browser's UI language, which the popup and the options page follow on "automatic". */
export function browserLanguage(): string | null {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    // Tests' fake browser has no i18n; a page's navigator says the same thing.
    return typeof navigator !== 'undefined' ? navigator.language : null;
  }
}
