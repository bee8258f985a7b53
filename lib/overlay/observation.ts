/**
 * What the content script remembers of each reading: the account's numbers at a time. Hints derive
 * crossing times and burn rates from these, so status survives reloads. A new observation is written
 * only when a number changed, so a page left open (or reloaded) does not fill storage with copies.
 */
import type { Observation } from '../notes/schema';
import type { BillingReading } from '../reader/reading';
import { ADVERTISER_ID } from '../reader/value-shapes';

const NUMBERS = ['spendSoFar', 'creditBalance', 'cashBalance', 'accountBalance'] as const;

/**
 * The reading as an observation at `at`, or null when it names no ad account, shows no numbers, or is
 * not a Billing page (a settings page under an unknown route that mentions a balance once).
 */
export function observationOf(reading: BillingReading | null, at: Date): Observation | null {
  if (!reading?.accountId || !ADVERTISER_ID.test(reading.accountId) || reading.pageKind === 'other') return null;
  if (NUMBERS.every((field) => reading[field] === null)) return null;
  return {
    at: at.toISOString(),
    accountId: reading.accountId,
    currency: reading.currency,
    spendSoFar: reading.spendSoFar,
    creditBalance: reading.creditBalance,
    cashBalance: reading.cashBalance,
    accountBalance: reading.accountBalance,
  };
}

export function sameNumbers(a: Observation, b: Observation): boolean {
  return a.accountId === b.accountId && a.currency === b.currency && NUMBERS.every((field) => a[field] === b[field]);
}

/** The latest stored observation of an account (stored order is not trusted: imports may mix it). */
export function latestObservation(observations: readonly Observation[], accountId: string): Observation | null {
  let latest: Observation | null = null;
  for (const observation of observations) {
    if (observation.accountId !== accountId) continue;
    if (!latest || Date.parse(observation.at) >= Date.parse(latest.at)) latest = observation;
  }
  return latest;
}

/** The observation to record for this reading, or null when the stored numbers already say the same. */
export function observationToRecord(reading: BillingReading | null, stored: readonly Observation[], at: Date): Observation | null {
  const observation = observationOf(reading, at);
  if (!observation) return null;
  const latest = latestObservation(stored, observation.accountId);
  return latest && sameNumbers(latest, observation) ? null : observation;
}
