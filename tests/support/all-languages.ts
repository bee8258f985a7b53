import { installedPacks, LANGUAGE_CODES, loadLanguages } from '../../lib/lexicon';

/**
 * Every lexicon language installed, as `npm run inspect` and the popup's rejection checklist have them:
 * unit tests read pages and texts in every language without the network of chunks a Billing page
 * loads from (lib/lexicon/packs.ts). A vitest setup file; tests of the selection load fresh modules.
 */
await loadLanguages(LANGUAGE_CODES);

/** The 18 packs, in LANGUAGE_CODES order. */
export const LANGUAGE_PACKS = installedPacks();
