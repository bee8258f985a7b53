/**
 * Which spend counts toward a spend-match threshold, and when it crossed. The one place that decides
 * it: the credit state machine (credit-state.ts) and the badge and reminders (lib/notes/deadlines.ts)
 * both ask here, so they agree on when credit is due. Pure; `now` is passed in.
 */
import type { BillingReading } from '../reader/reading';
import type { BalanceSighting, SpendMatchTerms } from './terms';
import { currenciesDiffer, parseInstant, toAmount, validCurrency } from './values';

/** Balances are compared in currency units; smaller differences are rounding. */
export const EPSILON = 0.005;

/** One moment of the offer's account in the offer's currency: a stored observation or the page open now. */
export interface SpendPoint {
  at: Date;
  spend: number | null;
  credit: number | null;
  source: 'observation' | 'page';
}

interface Sightings {
  points: readonly SpendPoint[];
  mismatch: { offer: string; seen: string } | null;
}

// Every offer of an account reads the same readings: the popup, the badge and the board ask about
// each offer, so an account's points are worked out once per list, currency and moment. Stored lists
// are replaced, never changed in place, so the list's identity is its version. Frozen: shared.
const sightingsMemo = new WeakMap<readonly BalanceSighting[], Map<string, Sightings>>();

function sightingsOf(observations: readonly BalanceSighting[], accountId: string, currency: string | null, now: Date): Sightings {
  let byKey = sightingsMemo.get(observations);
  if (!byKey) sightingsMemo.set(observations, (byKey = new Map()));
  const key = `${accountId} ${currency} ${now.getTime()}`;
  let found = byKey.get(key);
  if (!found) {
    if (byKey.size >= 64) byKey.clear();
    found = readSightings(observations, accountId, currency, now);
    byKey.set(key, found);
  }
  return found;
}

function readSightings(observations: readonly BalanceSighting[], accountId: string, currency: string | null, now: Date): Sightings {
  let mismatch: { offer: string; seen: string } | null = null;
  const points: SpendPoint[] = [];
  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i]!;
    if (observation.accountId !== accountId) continue;
    const at = parseInstant(observation.at);
    if (!at || at.getTime() > now.getTime()) continue;
    if (currenciesDiffer(currency, observation.currency)) {
      mismatch ??= Object.freeze({ offer: currency!, seen: observation.currency! });
      continue;
    }
    points.push(Object.freeze({ at, spend: toAmount(observation.spendSoFar), credit: toAmount(observation.creditBalance), source: 'observation' as const }));
  }
  points.sort((a, b) => a.at.getTime() - b.at.getTime());
  return { points: Object.freeze(points), mismatch };
}

/**
 * The offer's account over time, oldest first, in the offer's currency. Observations from the future
 * (a clock moved back) are left out: nothing can have been seen after `now`.
 */
export function spendPoints(
  offer: SpendMatchTerms,
  observations: readonly BalanceSighting[],
  reading: BillingReading | null,
  now: Date,
): { points: readonly SpendPoint[]; mismatch: { offer: string; seen: string } | null; otherAccount: string | null } {
  const offerCurrency = validCurrency(offer.currency);
  const seen = sightingsOf(observations, offer.accountId, offerCurrency, now);
  let { points, mismatch } = seen;
  let otherAccount: string | null = null;
  if (reading && reading.accountId && reading.accountId !== offer.accountId) otherAccount = reading.accountId;
  else if (reading && reading.accountId === offer.accountId) {
    if (currenciesDiffer(offerCurrency, reading.currency)) mismatch = { offer: offerCurrency!, seen: reading.currency! };
    else points = [...points, { at: now, spend: toAmount(reading.spendSoFar), credit: toAmount(reading.creditBalance), source: 'page' }];
  }
  return { points, mismatch, otherAccount };
}

export interface Counted {
  spent: number | null;
  before: number | null;
  crossing: SpendPoint | null;
}

/**
 * "Spend so far" is per billing period and only spend after activation counts (DOMAIN.md), so the
 * counted spend is what the account added since activation: increases between points, with a drop
 * read as a new billing period whose spend all counts. Without a point before activation there is no
 * baseline, and the first value seen counts in full.
 */
export function countSpend(points: readonly SpendPoint[], activatedAt: Date | null, threshold: number | null): Counted {
  const startsAt = activatedAt?.getTime() ?? -Infinity;
  // Loops rather than filters: every offer on the board and in the popup counts its account's spend,
  // and the copies the filters made were most of the work. Points before activation give the baseline
  // (the last of them), then those after it count, in order.
  let before: number | null = null;
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    if (point.spend !== null && point.at.getTime() < startsAt) before = point.spend;
  }
  let previous = before;
  let spent: number | null = null;
  let crossing: SpendPoint | null = null;
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    if (point.spend === null || point.at.getTime() < startsAt) continue;
    const value = point.spend;
    const added = previous === null || value < previous ? Math.max(value, 0) : value - previous;
    spent = (spent ?? 0) + added;
    previous = value;
    if (!crossing && threshold !== null && spent >= threshold - EPSILON) crossing = point;
  }
  return { spent, before, crossing };
}

/**
 * When the threshold was crossed: the user's own time, or else the first moment the spend counted
 * since activation reached it; null while it has not.
 */
export function crossedAtOf(offer: SpendMatchTerms, observations: readonly BalanceSighting[], reading: BillingReading | null, now: Date): Date | null {
  const userCrossed = parseInstant(offer.crossedOn);
  if (userCrossed) return userCrossed;
  const rawThreshold = toAmount(offer.threshold);
  const threshold = rawThreshold !== null && rawThreshold > 0 ? rawThreshold : null;
  const { points } = spendPoints(offer, observations, reading, now);
  return countSpend(points, parseInstant(offer.activatedOn), threshold).crossing?.at ?? null;
}
