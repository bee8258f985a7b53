/**
 * The Billing module's `code-typing` rule (modules/billing-module.ts puts it in place of
 * ./rules/code-typing.ts there). That rule only has work once the user types into the page's promo code
 * field, so the Billing module does not carry it: the first typed code loads it with the overlay's parts
 * (`parts.js`, components/overlay/parts/entry.tsx), and the hints are worked out again once it has.
 * Until then, and if it cannot load, it gives no cards. Everywhere else (the popup, inspect, the
 * tests) the rule itself is registered.
 */
import { chunkLoader } from '../handover';
import type { HintRule } from './types';

const parts = chunkLoader<{ codeTypingHints: HintRule }>('parts.js');
const listeners = new Set<() => void>();
let loading = false;

export const codeTypingHints: HintRule = (input) => {
  const rule = parts.loaded()?.codeTypingHints;
  if (rule) return rule(input);
  if (typeof input.typedCode === 'string' && !loading) {
    loading = true;
    parts.load().then(
      () => {
        for (const listener of listeners) listener();
      },
      (cause: unknown) => {
        // The next typed character tries again (an extension reloaded mid-way loads nothing).
        loading = false;
        console.debug('[Credit Lens] could not load the code-typing rule', cause);
      },
    );
  }
  return [];
};

/** Calls `listener` once the rule has loaded, so the hints are worked out again; returns the unsubscribe. */
export function onTypingRuleLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
