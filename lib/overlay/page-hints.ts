/**
 * The hints a Billing page shows, computed one way for the overlay and for `npm run inspect --notes`,
 * so a saved page plus an export reproduces what the user saw.
 */
import { computeHints } from '../hints';
import type { Hint, HintInput } from '../hints/types';
import type { Observation } from '../notes/schema';
import type { BillingReading } from '../reader/reading';
import { observationToRecord } from './observation';

/**
 * The reading's account's observations, oldest first, ending with the reading itself when its numbers
 * are new: the overlay records it as it computes, so the current page always counts (e.g. as the first
 * observation over a threshold) even before storage answers.
 */
export function observationsForPage(reading: BillingReading | null, observations: readonly Observation[], observedAt: Date): Observation[] {
  const accountId = reading?.accountId ?? null;
  const own = observations
    .filter((observation) => reading === null || observation.accountId === accountId)
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const current = observationToRecord(reading, own, observedAt);
  return current ? [...own, current] : own;
}

/** Every hint for the page, most urgent first (dismissed ones included: see `visibleHints`). */
export function pageHints(input: HintInput): Hint[] {
  // computeHints returns them most urgent first.
  return computeHints({
    reading: input.reading,
    notes: input.notes,
    observations: observationsForPage(input.reading, input.observations, input.observedAt ?? input.now),
    now: input.now,
    typedCode: input.typedCode ?? null,
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
  });
}

export function visibleHints(hints: readonly Hint[], dismissed: readonly string[]): Hint[] {
  const hidden = new Set(dismissed);
  return hints.filter((hint) => !hidden.has(hint.id));
}

/** A hint list's meaning, without its wording: what changes when a state boundary passes. */
export function hintsSignature(hints: readonly Hint[]): string {
  return hints.map((hint) => hint.id).join('\n');
}
