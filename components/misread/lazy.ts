/**
 * What the misread loop needs only once the user acts: pick mode, the report builder, and the code
 * that applies the fixes a pick made (loaded by lib/session/reading.ts on a page whose account has
 * fixes). Built as a module of its own (`misread.js`, modules/billing-module.ts) so every Billing page
 * does not carry it.
 * It shares no chunk with the Billing module (Chrome refuses the module's own imports of siblings), so
 * the few helpers both use are in each; nothing here may import the reader as a whole.
 */
export { PickMode } from './pick-mode';
export { savePick, saveReport } from './acts';
export { applyFixes, fixesFor } from '../../lib/session/fixes';
