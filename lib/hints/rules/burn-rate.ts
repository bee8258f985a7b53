/**
 * "At your recent spend of $40/day, $180 of this credit will expire unused" (issue 3, item 2): arrived
 * credit set against the account's recent daily spend and the days left before it expires.
 */
import type { Offer } from '../../notes/schema';
import { usableTimeZone } from '../../credit/calendar';
import { creditStatusOf, type CreditStatus } from '../../credit/credit-state';
import { spendPoints, type SpendPoint } from '../../credit/spend';
import { cleanText, DAY_MS, formatterFor, plural } from '../format';
import { hintId } from '../hint-id';
import { inScope } from '../scope';
import type { Hint, HintInput, HintRule } from '../types';

/** How far back "recent" spend reaches. */
export const RECENT_DAYS = 7;
/** Fewer than two observations, or two closer than this, say nothing about a daily rate. */
const MIN_SPAN_MS = DAY_MS;

export interface DailySpend {
  perDay: number;
  /** Days the observations span (at least 1). */
  days: number;
  /** `spend`: from spend so far; `credit`: from the ad credit balance going down (credit is spent before cash). */
  measure: 'spend' | 'credit';
}

function spanned(points: readonly SpendPoint[]): number {
  return points.length < 2 ? 0 : points[points.length - 1]!.at.getTime() - points[0]!.at.getTime();
}

/** Spend per day over the recent observations, or null when they are too few or too close together. */
export function dailySpend(points: readonly SpendPoint[], now: Date, days = RECENT_DAYS): DailySpend | null {
  const from = now.getTime() - days * DAY_MS;
  const recent = points.filter((p) => p.at.getTime() >= from && p.at.getTime() <= now.getTime());
  const spend = recent.filter((p) => p.spend !== null);
  if (spanned(spend) >= MIN_SPAN_MS) {
    let total = 0;
    // A drop in spend so far is a new billing period: what shows after it was all spent since.
    for (let i = 1; i < spend.length; i++) {
      const [before, after] = [spend[i - 1]!.spend!, spend[i]!.spend!];
      total += after >= before ? after - before : Math.max(after, 0);
    }
    const span = spanned(spend) / DAY_MS;
    return { perDay: total / span, days: span, measure: 'spend' };
  }
  const credit = recent.filter((p) => p.credit !== null);
  if (spanned(credit) >= MIN_SPAN_MS) {
    let total = 0;
    // Increases are new credit landing, not spend.
    for (let i = 1; i < credit.length; i++) total += Math.max(0, credit[i - 1]!.credit! - credit[i]!.credit!);
    const span = spanned(credit) / DAY_MS;
    return { perDay: total / span, days: span, measure: 'credit' };
  }
  return null;
}

export const burnRateHints: HintRule = (input) =>
  input.notes.offers.flatMap((offer) => {
    if (offer.status === 'dismissed' || !inScope(input, offer.accountId)) return [];
    const status = creditStatusOf(offer, input.observations, input.reading, input.now, usableTimeZone(input.timeZone));
    if (status.state !== 'arrived' && status.state !== 'expiring') return [];
    const hint = projection(input, offer, status);
    return hint ? [hint] : [];
  });

function projection(input: HintInput, offer: Offer, status: CreditStatus): Hint | null {
  const { now } = input;
  if (!status.useBy || status.creditBalance === null || status.creditBalance <= 0) return null;
  // A balance seen before the credit landed says nothing about what is left of it.
  if (status.arrivedAt && status.creditBalanceAt && status.creditBalanceAt.getTime() < status.arrivedAt.getTime()) return null;
  const rate = dailySpend(spendPoints(offer, input.observations, input.reading, now).points, now);
  if (!rate || !Number.isFinite(rate.perDay)) return null;

  const f = formatterFor(input.timeZone);
  const money = (value: number) => f.money(value, status.currency);
  const name = cleanText(offer.name, 80) || 'Spend-match offer';
  // Several offers share one balance: this offer's credit is at most what it granted.
  const left = status.creditAmount !== null && status.creditAmount > 0 ? Math.min(status.creditBalance, status.creditAmount) : status.creditBalance;
  const daysLeft = Math.max(0, (status.useBy.getTime() - now.getTime()) / DAY_MS);
  const willUse = rate.perDay * daysLeft;
  const unused = left - willUse;
  const useBy = status.useByFrom === 'offer' && offer.expiresOn ? f.day(offer.expiresOn) : f.dateTime(status.useBy);
  const recent = plural(Math.max(1, Math.round(rate.days)), 'day');
  const facts = [
    { label: 'Recent spend', value: `${money(rate.perDay)}/day over the last ${recent}${rate.measure === 'credit' ? ' (from the credit balance)' : ''}` },
    { label: 'Credit left', value: money(left) },
    { label: 'Use by', value: useBy },
  ];

  if (unused > Math.max(0.01 * left, 0.005)) {
    return {
      id: hintId('burn-rate', offer.id, 'will-expire-unused'),
      kind: 'burn-rate',
      state: 'will-expire-unused',
      severity: 'warning',
      title: `${name}: about ${money(unused)} may expire unused`,
      explanation:
        `At your recent spend of ${money(rate.perDay)}/day, about ${money(unused)} of this credit will expire unused on ${useBy}. ` +
        'Credit is drawn before your cash balance, so more spend on eligible campaigns before then uses it first. This is a projection from what Credit Lens saw, not a promise.',
      facts: [...facts, { label: 'Projected unused', value: money(unused) }],
      nextStep: { label: `Spend about ${money(left / Math.max(daysLeft, 1))}/day on eligible campaigns to use it all by ${useBy}` },
      subject: { type: 'offer', id: offer.id },
    };
  }
  const usedUpAt = new Date(now.getTime() + (left / rate.perDay) * DAY_MS);
  return {
    id: hintId('burn-rate', offer.id, 'on-track'),
    kind: 'burn-rate',
    state: 'on-track',
    severity: 'success',
    title: `${name}: on track to use the credit before it expires`,
    explanation: `At your recent spend of ${money(rate.perDay)}/day, the ${money(left)} left should be used up around ${f.dateOf(usedUpAt)}, before ${useBy}.`,
    facts,
    nextStep: null,
    subject: { type: 'offer', id: offer.id },
  };
}
