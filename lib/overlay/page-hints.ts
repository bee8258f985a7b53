/**
 * The hints a Billing page shows, computed one way for the overlay and for `npm run inspect --notes`,
 * so a saved page plus an export reproduces what the user saw.
 */
import { computeHints } from '../hints';
import { SEVERITIES, type Hint } from '../hints/types';
import type { NotesDoc, Observation } from '../notes/schema';
import type { BillingReading } from '../reader/reading';
import { observationToRecord } from './observation';

export interface PageHintArgs {
  reading: BillingReading | null;
  notes: NotesDoc;
  /** Stored observations; only the reading's account's are used. */
  observations: readonly Observation[];
  now: Date;
  /**
   * When the reading was observed; `now` by default. Asking the rules about a later `now` (the next
   * state boundary) must not move the moment the page was seen.
   */
  observedAt?: Date;
  /** What the user is typing into the page's coupon field. */
  typedCode?: string | null;
  timeZone?: string | null;
}

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

const rank = (hint: Hint) => {
  const index = SEVERITIES.indexOf(hint.severity);
  return index === -1 ? SEVERITIES.length : index;
};

/** Most urgent first; equal severities keep the rules' order. */
export function bySeverity(hints: readonly Hint[]): Hint[] {
  return hints
    .map((hint, index) => ({ hint, index }))
    .sort((a, b) => rank(a.hint) - rank(b.hint) || a.index - b.index)
    .map(({ hint }) => hint);
}

/** Every hint for the page, most urgent first (dismissed ones included: see `visibleHints`). */
export function pageHints(args: PageHintArgs): Hint[] {
  return bySeverity(
    computeHints({
      reading: args.reading,
      notes: args.notes,
      observations: observationsForPage(args.reading, args.observations, args.observedAt ?? args.now),
      now: args.now,
      typedCode: args.typedCode ?? null,
      ...(args.timeZone ? { timeZone: args.timeZone } : {}),
    }),
  );
}

export function visibleHints(hints: readonly Hint[], dismissed: readonly string[]): Hint[] {
  const hidden = new Set(dismissed);
  return hints.filter((hint) => !hidden.has(hint.id));
}

/** A hint list's meaning, without its wording: what changes when a state boundary passes. */
export function hintsSignature(hints: readonly Hint[]): string {
  return hints.map((hint) => hint.id).join('\n');
}
