/**
 * Where a spend-match offer ("spend X, get Y") stands:
 *
 *   not-started -> earning -> pending -> overdue
 *                               \          \
 *                                +----------+--> arrived -> expiring -> expired
 *                                                   \-------------------> used-up
 *
 * From the offer as noted, the observations the content script stored (so the status survives
 * reloads) and the page open now. Pure: `now` is passed in.
 */
import type { BillingReading } from '../reader/reading';
import { endOfDay } from './calendar';
import { balanceRise, expectedByOf, useByOf, validityDaysOf, windowHoursOf } from './credit-window';
import { countSpend, EPSILON, spendPoints, type SpendPoint } from './spend';
import type { BalanceSighting, CreditState, SpendMatchTerms } from './terms';
import { DAY_MS, parseInstant, toAmount, validCurrency } from './values';

/** Credit whose use-by date is this close is "expiring". */
export const EXPIRING_SOON_DAYS = 14;

export type CreditReason =
  | 'no-spend-seen'
  | 'currency-mismatch'
  | 'spend-below-threshold'
  | 'qualify-deadline-passed'
  | 'window-open'
  | 'window-passed'
  | 'arrived'
  | 'expiry-near'
  | 'credit-expired'
  | 'balance-zero'
  | 'marked-expired'
  | 'marked-used-up';

export interface CreditStatus {
  state: CreditState;
  reason: CreditReason;
  currency: string | null;
  threshold: number | null;
  creditAmount: number | null;
  /** Spend that counts (after activation), summed across billing periods; null when none was seen. */
  spent: number | null;
  left: number | null;
  /** 0..1 of the threshold. */
  progress: number | null;
  /** The last spend-so-far seen before activation: it does not count. */
  spendBeforeActivation: number | null;
  activatedAt: Date | null;
  crossedAt: Date | null;
  crossedFrom: 'user' | 'observation' | 'page' | null;
  windowHours: number;
  expectedBy: Date | null;
  arrivedAt: Date | null;
  arrivedFrom: 'user' | 'balance' | 'status' | null;
  /** The latest credit balance seen for the account, in the offer's currency. */
  creditBalance: number | null;
  creditBalanceAt: Date | null;
  /** The instant the credit stops being usable: the end of `useByDay` in the user's time zone. */
  useBy: Date | null;
  /** The last day the credit is usable (YYYY-MM-DD). */
  useByDay: string | null;
  useByFrom: 'offer' | 'validity' | null;
  /** Days credit stays usable after it lands, when the offer gives no date. */
  validityDays: number;
  qualifyBy: Date | null;
  /** The offer is in one currency and the page or an observation in another: those amounts were left out. */
  currencyMismatch: { offer: string; seen: string } | null;
  /** The page open now is another ad account's: its amounts were left out. */
  otherAccount: string | null;
}

// Several rules ask about the same offer for one computeHints call; the answer depends only on these
// four values, so the last answer per offer is kept (by identity: stored values are replaced, not mutated).
const lastAnswer = new WeakMap<
  SpendMatchTerms,
  { observations: readonly BalanceSighting[]; reading: BillingReading | null; t: number; zone: string; status: CreditStatus }
>();

/** The latest point with a credit balance; points are oldest first. */
function latestCreditOf(points: readonly SpendPoint[]): SpendPoint | null {
  for (let i = points.length - 1; i >= 0; i--) if (points[i]!.credit !== null) return points[i]!;
  return null;
}

/**
 * Whether the latest credit balance seen on the offer's account (in its currency, without a page open)
 * is zero: the only case in which landed credit counts as used up without the user saying so. A list
 * of every offer's deadlines asks the full state only then.
 */
export function creditBalanceAtZero(offer: SpendMatchTerms, observations: readonly BalanceSighting[], now: Date): boolean {
  return isZero(latestCreditOf(spendPoints(offer, observations, null, now).points)?.credit ?? null);
}

/** The same question of a worked-out state (its latest balance is that of the same points). */
export const balanceAtZero = (status: CreditStatus): boolean => isZero(status.creditBalance);

const isZero = (balance: number | null) => balance !== null && balance <= EPSILON;

/**
 * The answer `creditStatusOf` last gave for exactly these values, or null: for a caller that needs only
 * part of the state and reads it from a full one where that is already worked out.
 */
export function rememberedCreditStatus(
  offer: SpendMatchTerms,
  observations: readonly BalanceSighting[],
  reading: BillingReading | null,
  now: Date,
  timeZone: string,
): CreditStatus | null {
  const last = lastAnswer.get(offer);
  return last && last.observations === observations && last.reading === reading && last.t === now.getTime() && last.zone === timeZone ? last.status : null;
}

export function creditStatusOf(
  offer: SpendMatchTerms,
  observations: readonly BalanceSighting[],
  reading: BillingReading | null,
  now: Date,
  timeZone: string,
): CreditStatus {
  const known = rememberedCreditStatus(offer, observations, reading, now, timeZone);
  if (known) return known;
  const status = computeCreditStatus(offer, observations, reading, now, timeZone);
  if (typeof offer === 'object' && offer !== null) lastAnswer.set(offer, { observations, reading, t: now.getTime(), zone: timeZone, status });
  return status;
}

function computeCreditStatus(
  offer: SpendMatchTerms,
  observations: readonly BalanceSighting[],
  reading: BillingReading | null,
  now: Date,
  timeZone: string,
): CreditStatus {
  const t = now.getTime();
  const currency = validCurrency(offer.currency);
  const rawThreshold = toAmount(offer.threshold);
  const threshold = rawThreshold !== null && rawThreshold > 0 ? rawThreshold : null;
  const creditAmount = toAmount(offer.creditAmount);
  const activatedAt = parseInstant(offer.activatedOn);
  const windowHours = windowHoursOf(offer);
  const { points, mismatch, otherAccount } = spendPoints(offer, observations, reading, now);
  const counted = countSpend(points, activatedAt, threshold);

  const userCrossed = parseInstant(offer.crossedOn);
  const crossedAt = userCrossed ?? counted.crossing?.at ?? null;
  const crossedFrom = userCrossed ? 'user' : (counted.crossing?.source ?? null);

  const userArrived = parseInstant(offer.arrivedOn);
  const rise = !userArrived && crossedAt ? balanceRise(points, crossedAt, creditAmount) : null;
  const arrivedAt = userArrived ?? rise?.at ?? null;
  const arrivedFrom = userArrived ? 'user' : rise ? 'balance' : offer.status === 'arrived' ? 'status' : null;

  const latestCredit = latestCreditOf(points);
  const { useBy, day: useByDay, from: useByFrom } = useByOf(offer, arrivedAt, timeZone);

  const expectedBy = crossedAt ? expectedByOf(offer, crossedAt) : null;
  const qualifyBy = endOfDay(offer.qualifyBy, timeZone);
  const usableUntil = arrivedFrom ? useBy : null;
  // The answer is built once, when the state is known: a base object copied into each answer doubled
  // the allocation of every offer the board, the popup and the badge ask about.
  const is = (state: CreditState, reason: CreditReason): CreditStatus => ({
    currency,
    threshold,
    creditAmount,
    spent: counted.spent,
    left: threshold !== null && counted.spent !== null ? Math.max(0, threshold - counted.spent) : null,
    progress: threshold !== null && counted.spent !== null ? Math.min(1, Math.max(0, counted.spent / threshold)) : null,
    spendBeforeActivation: counted.before,
    activatedAt,
    crossedAt,
    crossedFrom,
    windowHours,
    expectedBy,
    arrivedAt,
    arrivedFrom,
    creditBalance: latestCredit?.credit ?? null,
    creditBalanceAt: latestCredit?.at ?? null,
    useBy: usableUntil,
    useByDay: arrivedFrom ? useByDay : null,
    useByFrom: arrivedFrom ? useByFrom : null,
    validityDays: validityDaysOf(offer),
    qualifyBy,
    currencyMismatch: mismatch,
    otherAccount,
    // Last, where the spread of a base put them: the same object, key order included.
    state,
    reason,
  });

  // What the user marked wins over what we infer.
  if (offer.status === 'used-up') return is('used-up', 'marked-used-up');
  if (offer.status === 'expired') return is('expired', 'marked-expired');

  if (arrivedFrom) {
    if (usableUntil && t >= usableUntil.getTime()) return is('expired', 'credit-expired');
    // Back to zero after it landed: drawn down by campaigns (credit goes before cash).
    if (arrivedAt && latestCredit && latestCredit.at.getTime() > arrivedAt.getTime() && latestCredit.credit! <= EPSILON) {
      return is('used-up', 'balance-zero');
    }
    if (usableUntil && usableUntil.getTime() - t <= EXPIRING_SOON_DAYS * DAY_MS) return is('expiring', 'expiry-near');
    return is('arrived', 'arrived');
  }
  if (crossedAt && expectedBy) {
    // "After 48 h with nothing" (DOMAIN.md): the 48th hour itself is still inside the window.
    return t <= expectedBy.getTime() ? is('pending', 'window-open') : is('overdue', 'window-passed');
  }
  if (qualifyBy && t >= qualifyBy.getTime()) return is('expired', 'qualify-deadline-passed');
  if (counted.spent !== null && counted.spent > EPSILON) return is('earning', 'spend-below-threshold');
  return is('not-started', mismatch && counted.spent === null ? 'currency-mismatch' : 'no-spend-seen');
}
