/**
 * "At your recent spend of $40/day, $180 of this credit will expire unused" (issue 3, item 2): arrived
 * credit set against the account's recent daily spend and the days left before it expires.
 */
import type { Offer } from '../../notes/schema';
import { usableTimeZone } from '../../credit/calendar';
import { creditStatusOf, type CreditStatus } from '../../credit/credit-state';
import { spendPoints, type SpendPoint } from '../../credit/spend';
import { msg, type Param } from '../../i18n/message';
import { cleanText, DAY_MS } from '../format';
import { money } from '../params';
import { hintId } from '../hint-id';
import { inScope } from '../scope';
import { withDetails } from '../summary';
import type { BurnRate } from '../details/burn-rate';
import type { HintInput, HintSummary } from '../types';

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

export const burnRateHints = withDetails('burn-rate', (input) =>
  input.notes.offers.flatMap((offer) => {
    if (offer.status === 'dismissed' || !inScope(input, offer.accountId)) return [];
    const status = creditStatusOf(offer, input.observations, input.reading, input.now, usableTimeZone(input.timeZone));
    if (status.state !== 'arrived' && status.state !== 'expiring') return [];
    const card = projection(input, offer, status);
    return card ? [card] : [];
  }),
);

function projection(input: HintInput, offer: Offer, status: CreditStatus): [HintSummary, BurnRate] | null {
  const { now } = input;
  if (!status.useBy || status.creditBalance === null || status.creditBalance <= 0) return null;
  // A balance seen before the credit landed says nothing about what is left of it.
  if (status.arrivedAt && status.creditBalanceAt && status.creditBalanceAt.getTime() < status.arrivedAt.getTime()) return null;
  const rate = dailySpend(spendPoints(offer, input.observations, input.reading, now).points, now);
  if (!rate || !Number.isFinite(rate.perDay)) return null;

  const name: Param = cleanText(offer.name, 80) || { msg: msg('hint.offerFallback') };
  // Several offers share one balance: this offer's credit is at most what it granted.
  const left = status.creditAmount !== null && status.creditAmount > 0 ? Math.min(status.creditBalance, status.creditAmount) : status.creditBalance;
  const daysLeft = Math.max(0, (status.useBy.getTime() - now.getTime()) / DAY_MS);
  const unused = left - rate.perDay * daysLeft;
  const onTrack = !(unused > Math.max(0.01 * left, 0.005));
  const state = onTrack ? 'on-track' : 'will-expire-unused';
  return [
    {
      id: hintId('burn-rate', offer.id, state),
      kind: 'burn-rate',
      state,
      severity: onTrack ? 'success' : 'warning',
      title: onTrack ? msg('hint.burnRate.onTrackTitle', { name }) : msg('hint.burnRate.unusedTitle', { name, unused: money(unused, status.currency) }),
      subject: { type: 'offer', id: offer.id },
    },
    { offer, status, rate, left, daysLeft, unused: onTrack ? null : unused },
  ];
}
