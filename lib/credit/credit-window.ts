/**
 * A spend-match credit in time: the processing window after the threshold is crossed (when credit is
 * expected, and so pending or overdue), its arrival, and how long it stays usable. The state machine
 * (credit-state.ts) and the deadlines list (lib/notes/deadlines.ts) both ask here.
 */
import { addDays, endOfDay, localDateOf } from './calendar';
import { EPSILON, type SpendPoint } from './spend';
import { crossedAtOf } from './spend';
import { DEFAULT_CREDIT_VALIDITY_DAYS, DEFAULT_PROCESSING_WINDOW_HOURS, type BalanceSighting, type SpendMatchTerms } from './terms';
import { DAY_MS, HOUR_MS } from './values';

/** Hours after crossing within which the credit should land: the offer's, else 48. */
export function windowHoursOf(offer: SpendMatchTerms): number {
  const hours = offer.processingWindowHours;
  return Number.isInteger(hours) && hours >= 1 && hours <= 24 * 60 ? hours : DEFAULT_PROCESSING_WINDOW_HOURS;
}

/** Days credit stays usable after it lands, when the offer gives no date: the offer's, else 90. */
export function validityDaysOf(offer: SpendMatchTerms): number {
  const days = offer.creditValidityDays;
  return Number.isInteger(days) && days >= 1 && days <= 3650 ? days : DEFAULT_CREDIT_VALIDITY_DAYS;
}

/** The end of the processing window: pending until then (the last instant included), overdue after. */
export const expectedByOf = (offer: SpendMatchTerms, crossedAt: Date): Date => new Date(crossedAt.getTime() + windowHoursOf(offer) * HOUR_MS);

/** When credit should have landed: the crossing (the user's, or counted from observations) plus the window. */
export function creditExpectedBy(offer: SpendMatchTerms, observations: readonly BalanceSighting[], now: Date): Date | null {
  const crossedAt = crossedAtOf(offer, observations, null, now);
  return crossedAt ? expectedByOf(offer, crossedAt) : null;
}

/** The first time the credit balance rose after the crossing: the credit landing. */
export function balanceRise(points: readonly SpendPoint[], crossedAt: Date, creditAmount: number | null): SpendPoint | null {
  const withCredit = points.filter((p) => p.credit !== null);
  const t = crossedAt.getTime();
  const atOrBefore = withCredit.filter((p) => p.at.getTime() <= t);
  const after = withCredit.filter((p) => p.at.getTime() > t);
  let baseline = atOrBefore.length > 0 ? atOrBefore[atOrBefore.length - 1]!.credit! : null;
  for (const point of after) {
    // No balance seen before the crossing: a balance already holding the offer's credit is the credit.
    if (baseline === null) {
      if (creditAmount !== null && creditAmount > 0 && point.credit! >= creditAmount - EPSILON) return point;
      baseline = point.credit!;
      continue;
    }
    if (point.credit! > baseline + EPSILON) return point;
  }
  return null;
}

/**
 * Until when landed credit can be used, two ways, each pinned by its tests (they differ by up to a
 * day, and which one the product wants is still open; until then they stay here side by side):
 * - `useByOf`, for the overlay's and the popup's credit state: the offer's own expiry day, else the
 *   arrival instant plus the validity in 24-hour days;
 * - `creditExpiryOf`, for the deadlines list (badge, reminders, calendar): the offer's own expiry day,
 *   else the calendar day of arrival in the user's time zone plus the validity.
 */
export function useByOf(offer: SpendMatchTerms, arrivedAt: Date | null, timeZone: string): { useBy: Date | null; from: 'offer' | 'validity' | null } {
  const offerExpiry = endOfDay(offer.expiresOn, timeZone);
  if (offerExpiry) return { useBy: offerExpiry, from: 'offer' };
  return arrivedAt ? { useBy: new Date(arrivedAt.getTime() + validityDaysOf(offer) * DAY_MS), from: 'validity' } : { useBy: null, from: null };
}

/** The day credit from an offer expires: as the offer states, else its validity counted from arrival. */
export function creditExpiryOf(offer: SpendMatchTerms, timeZone: string): string | null {
  if (offer.expiresOn) return offer.expiresOn;
  if (!offer.arrivedOn) return null;
  return addDays(localDateOf(new Date(offer.arrivedOn), timeZone), offer.creditValidityDays);
}
