/**
 * The Billing module's stand-ins for what of the hint rules it does not carry (modules/billing-module.ts
 * puts them in place of ./rules/code-typing.ts, ./rules/rejection.ts and ./details/index.ts there).
 * The first two rules only have work after something the user did: a code typed into the page's promo
 * code field, a code the page rejected. So they come with the overlay's parts (`parts.js`,
 * components/overlay/parts/entry.tsx) the first time a stand-in has work, and the hints are worked out
 * again once they have (`onRulesLoaded`); until then, and if they cannot load, those two give no cards.
 * The rules' details (./summary.ts) come with the same module, brought by the open dock's body (see
 * detailsFor). Everywhere else (the popup, inspect, the tests) the rules themselves are registered.
 */
import { chunkLoader } from '../handover';
import type { HintDetailsByKind } from './details/index';
import { rejectedMessages, type RejectedMessage } from './rejection-message';
import type { Hint, HintInput, HintRule } from './types';

/** What `parts.js` exports for the stand-ins. */
export interface RulesOnDemand {
  codeTypingHints: HintRule;
  /** The rejection rule's second step: the page's rejected messages were found and classified here. */
  rejectionCards(input: HintInput, messages: readonly RejectedMessage[]): Hint[];
  /** Every rule's details (./details/index.ts), shown only in the open dock, whose body comes with `parts.js`. */
  hintDetails: HintDetailsByKind;
}

const parts = chunkLoader<RulesOnDemand>('parts.js');

/**
 * The rules once `parts.js` is in; until then null, and an ask with no load on its way starts one, so a
 * failure is told once per load. The next ask after a failure tries again (an extension reloaded
 * mid-way loads nothing).
 */
function rules(): RulesOnDemand | null {
  const loaded = parts.loaded();
  if (loaded || parts.loading()) return loaded;
  parts.load().catch((cause: unknown) => console.debug('[Credit Lens] could not load the hint rules (parts.js)', cause));
  return null;
}

export const codeTypingHints: HintRule = (input) => (typeof input.typedCode === 'string' ? (rules()?.codeTypingHints(input) ?? []) : []);

/** Whether the page shows a rejected code, and what its message names, stay here: they need the lexicon. */
export const rejectionHints: HintRule = (input) => {
  const messages = rejectedMessages(input.reading);
  return messages.length > 0 ? (rules()?.rejectionCards(input, messages) ?? []) : [];
};

/**
 * The registry of details the rules' summaries take (./summary.ts): so the cards have their titles,
 * marks and progress from the start, and their details once `parts.js` is in, which this never asks
 * for: the open dock's body brings it, and only it shows them.
 */
export const detailsFor = <K extends keyof HintDetailsByKind>(kind: K): HintDetailsByKind[K] | null => parts.loaded()?.hintDetails[kind] ?? null;

/**
 * Calls `listener` once `parts.js` has loaded, whoever asked for it, so the hints are worked out again
 * with what came; returns the unsubscribe.
 */
export const onRulesLoaded = (listener: () => void): (() => void) => parts.onLoaded(listener);
