/**
 * A spend-match credit in time: the processing window after the threshold is crossed (when credit is
 * expected, and so pending or overdue), its arrival, and how long it stays usable. The state machine
 * (credit-state.ts) and the deadlines list (lib/notes/deadlines.ts) both ask here.
 */
import { addDays, endOfDay, localDateOf } from './calendar';
import { EPSILON, type SpendPoint } from './spend';
import { DEFAULT_CREDIT_VALIDITY_DAYS, DEFAULT_PROCESSING_WINDOW_HOURS, type SpendMatchTerms } from './terms';
import { HOUR_MS } from './values';

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

/** The first time the credit balance rose after the crossing: the credit landing. */
export function balanceRise(points: readonly SpendPoint[], crossedAt: Date, creditAmount: number | null): SpendPoint | null {
  const t = crossedAt.getTime();
  // The last balance at or before the crossing, then the first rise after it (loops, not filtered copies:
  // every crossed offer asks).
  let baseline: number | null = null;
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    if (point.credit !== null && point.at.getTime() <= t) baseline = point.credit;
  }
  for (let i = 0; i < points.length; i++) {
    const point = points[i]!;
    if (point.credit === null || point.at.getTime() <= t) continue;
    // No balance seen before the crossing: a balance already holding the offer's credit is the credit.
    if (baseline === null) {
      if (creditAmount !== null && creditAmount > 0 && point.credit >= creditAmount - EPSILON) return point;
      baseline = point.credit;
      continue;
    }
    if (point.credit > baseline + EPSILON) return point;
  }
  return null;
}

/**
 * The calendar day landed credit is last usable when the offer states no date: the day it landed, in
 * the user's time zone, plus the validity. One definition for the overlay, the popup, the badge, the
 * reminders and the calendar, so none of them says "expired" while another still counts a day left.
 */
function validityEndDay(offer: SpendMatchTerms, arrivedAt: Date, timeZone: string): string {
  return addDays(localDateOf(arrivedAt, timeZone), validityDaysOf(offer));
}

/**
 * Until when landed credit can be used: the end of its last usable day (`day`), which is the offer's
 * own expiry day, else the validity's last day.
 */
export function useByOf(
  offer: SpendMatchTerms,
  arrivedAt: Date | null,
  timeZone: string,
): { useBy: Date | null; day: string | null; from: 'offer' | 'validity' | null } {
  const offerExpiry = endOfDay(offer.expiresOn, timeZone);
  if (offerExpiry) return { useBy: offerExpiry, day: offer.expiresOn, from: 'offer' };
  const day = arrivedAt ? validityEndDay(offer, arrivedAt, timeZone) : null;
  const useBy = endOfDay(day, timeZone);
  return useBy ? { useBy, day, from: 'validity' } : { useBy: null, day: null, from: null };
}

/** The day credit from an offer expires: as the offer states, else its validity counted from arrival. */
export function creditExpiryOf(offer: SpendMatchTerms, timeZone: string): string | null {
  if (offer.expiresOn) return offer.expiresOn;
  if (!offer.arrivedOn) return null;
  const arrivedAt = new Date(offer.arrivedOn);
  return Number.isNaN(arrivedAt.getTime()) ? null : validityEndDay(offer, arrivedAt, timeZone);
}
