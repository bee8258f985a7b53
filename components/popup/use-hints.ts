import { useEffect, useState } from 'preact/hooks';
import type { Hint, HintKind } from '../../lib/hints/types';
import type { NotesDoc, Observation } from '../../lib/notes/schema';
import { systemTimeZone } from '../../lib/credit/calendar';
import type { BillingReading } from '../../lib/reader/reading';

/** Hints worth a place in a 380-pixel popup. */
const MAX_HINTS = 3;
/** About the page in front of the user, not the notes: the overlay shows them where they apply. */
const PAGE_ONLY_HINTS: ReadonlySet<HintKind> = new Set(['coupon-entry', 'coupon-location', 'code-typing', 'layout-changed']);

type HintsModule = typeof import('../../lib/hints');
let loading: Promise<HintsModule> | null = null;
// The rules read page messages in every lexicon language: a large module the first paint does not need.
const loadHints = () => (loading ??= import('../../lib/hints'));

export function popupHints({ computeHints }: HintsModule, notes: NotesDoc, observations: readonly Observation[], reading: BillingReading | null, now: Date): Hint[] {
  if (notes.accounts.length === 0) return [];
  // Deadlines end at midnight where the user is, as the countdowns and the badge count them.
  const timeZone = systemTimeZone();
  const hints = computeHints({ reading, notes, observations, now, timeZone }, { onRuleError: (kind, error) => console.warn(`[Credit Lens] ${kind} hints failed`, error) });
  return hints
    // computeHints returns them most urgent first.
    .filter((hint) => hint.severity !== 'success' && !PAGE_ONLY_HINTS.has(hint.kind))
    .slice(0, MAX_HINTS);
}

/**
 * The hints, worked out after the lists have painted (the module loads on demand, then every rule
 * walks every offer and observation): the notes themselves are what the user opened the popup to see.
 */
export function useHints(notes: NotesDoc, observations: readonly Observation[], reading: BillingReading | null, now: Date): Hint[] {
  const [hints, setHints] = useState<Hint[]>([]);
  useEffect(() => {
    let alive = true;
    loadHints().then(
      (module) => {
        if (!alive) return;
        try {
          setHints(popupHints(module, notes, observations, reading, now));
        } catch (cause) {
          // Odd notes must not cost the user the popup.
          console.warn('[Credit Lens] hints failed', cause);
          setHints([]);
        }
      },
      (cause: unknown) => console.warn('[Credit Lens] hints could not load', cause),
    );
    return () => {
      alive = false;
    };
  }, [notes, observations, reading, now]);
  return hints;
}
