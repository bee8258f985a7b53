/**
 * The Billing module's stand-ins for the hint rules it does not carry (modules/billing-module.ts puts
 * them in place of ./rules/code-typing.ts and ./rules/rejection.ts there). Each rule only has work
 * after something the user did: a code typed into the page's promo code field, a code the page
 * rejected. So the rules come with the overlay's parts (`parts.js`, components/overlay/parts/entry.tsx)
 * the first time a stand-in has work, and the hints are worked out again once they have
 * (`onRulesLoaded`). Until then, and if they cannot load, the stand-ins give no cards. Everywhere else
 * (the popup, inspect, the tests) the rules themselves are registered.
 */
import { chunkLoader } from '../handover';
import { rejectedMessages, type RejectedMessage } from './rejection-message';
import type { Hint, HintInput, HintRule } from './types';

/** What `parts.js` exports for the stand-ins. */
export interface RulesOnDemand {
  codeTypingHints: HintRule;
  /** The rejection rule's second step: the page's rejected messages were found and classified here. */
  rejectionCards(input: HintInput, messages: readonly RejectedMessage[]): Hint[];
}

const parts = chunkLoader<RulesOnDemand>('parts.js');
const listeners = new Set<() => void>();
let loading = false;

/** The rules once `parts.js` is in; until then null, and the first ask starts loading it. */
function rules(): RulesOnDemand | null {
  const loaded = parts.loaded();
  if (loaded || loading) return loaded;
  loading = true;
  parts.load().then(
    () => {
      for (const listener of listeners) listener();
    },
    (cause: unknown) => {
      // The next ask tries again (an extension reloaded mid-way loads nothing).
      loading = false;
      console.debug('[Credit Lens] could not load the hint rules (parts.js)', cause);
    },
  );
  return null;
}

export const codeTypingHints: HintRule = (input) => (typeof input.typedCode === 'string' ? (rules()?.codeTypingHints(input) ?? []) : []);

/** Whether the page shows a rejected code, and what its message names, stay here: they need the lexicon. */
export const rejectionHints: HintRule = (input) => {
  const messages = rejectedMessages(input.reading);
  return messages.length > 0 ? (rules()?.rejectionCards(input, messages) ?? []) : [];
};

/** Calls `listener` once the rules have loaded, so the hints are worked out again; returns the unsubscribe. */
export function onRulesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
