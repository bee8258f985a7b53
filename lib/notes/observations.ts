/**
 * The readings history per account. The content script records on every change of the numbers, so
 * a page left open for days must not grow it without bound: a run of identical readings keeps only
 * its first moment (when that state began) and its latest (that it still held), and each account
 * keeps its newest MAX_OBSERVATIONS_PER_ACCOUNT.
 */
import type { Observation, ObservationsByAccount } from './schema';

export const MAX_OBSERVATIONS_PER_ACCOUNT = 500;

const sameReading = (a: Observation, b: Observation): boolean =>
  a.currency === b.currency &&
  a.spendSoFar === b.spendSoFar &&
  a.creditBalance === b.creditBalance &&
  a.cashBalance === b.cashBalance &&
  a.accountBalance === b.accountBalance;

const time = (observation: Observation): number => Date.parse(observation.at);

const NONE: readonly Observation[] = Object.freeze([]);
/**
 * An account's readings, oldest first. An account with none gets the one shared empty list: the credit
 * clock keeps its last answer per offer by the identity of this list, so the deadlines and the board
 * asking about the same offer work it out once.
 */
export const observationsOf = (byAccount: ObservationsByAccount, accountId: string): readonly Observation[] => byAccount[accountId] ?? NONE;

/** A new list with `observation` in time order; `list` is oldest first and left untouched. */
export function recordObservation(
  list: readonly Observation[],
  observation: Observation,
  cap: number = MAX_OBSERVATIONS_PER_ACCOUNT,
): Observation[] {
  const next = [...list];
  const last = next[next.length - 1];
  const beforeLast = next[next.length - 2];
  if (!last || time(observation) >= time(last)) {
    if (last && beforeLast && sameReading(observation, last) && sameReading(last, beforeLast)) next[next.length - 1] = observation;
    else if (!(last && last.at === observation.at && sameReading(last, observation))) next.push(observation);
  } else {
    // Late arrivals (a tab that was asleep) go where they belong; no collapsing in the middle of history.
    const index = next.findIndex((existing) => time(existing) > time(observation));
    next.splice(index, 0, observation);
  }
  return next.length > cap ? next.slice(next.length - cap) : next;
}

/** Export files carry one flat list; storage keeps one list per account. */
export function groupObservations(observations: readonly Observation[], cap: number = MAX_OBSERVATIONS_PER_ACCOUNT): ObservationsByAccount {
  const grouped: ObservationsByAccount = {};
  const sorted = [...observations].sort((a, b) => time(a) - time(b));
  for (const observation of sorted) {
    grouped[observation.accountId] = recordObservation(grouped[observation.accountId] ?? [], observation, cap);
  }
  return grouped;
}

export function flattenObservations(byAccount: ObservationsByAccount): Observation[] {
  return Object.keys(byAccount)
    .sort()
    .flatMap((accountId) => byAccount[accountId] ?? []);
}
