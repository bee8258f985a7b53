/** The burn-rate card's details: the recent rate, what is left and until when, and what to do about it. */
import type { Offer } from '../../notes/schema';
import type { CreditStatus } from '../../credit/credit-state';
import { msg, type Param } from '../../i18n/message';
import { DAY_MS } from '../format';
import { dateOf, day, money, time } from '../params';
import type { DailySpend } from '../rules/burn-rate';
import type { DetailsOf, HintFact } from '../types';

export interface BurnRate {
  offer: Offer;
  status: CreditStatus;
  rate: DailySpend;
  /** This offer's credit left, and the days until it expires. */
  left: number;
  daysLeft: number;
  /** What the rate leaves unused at expiry; null when it is on track to be used. */
  unused: number | null;
}

export const burnRateDetails: DetailsOf<BurnRate> = ({ offer, status, rate, left, daysLeft, unused }, { now }) => {
  const amount = (value: number) => money(value, status.currency);
  const perDay = (value: number): Param => ({ msg: msg('common.perDay', { amount: amount(value) }) });
  const useBy = status.useByFrom === 'offer' && offer.expiresOn ? day(offer.expiresOn) : time(status.useBy!);
  const recent = { rate: perDay(rate.perDay), count: Math.max(1, Math.round(rate.days)) };
  const facts: HintFact[] = [
    { label: msg('fact.recentSpend'), value: { msg: rate.measure === 'credit' ? msg('factValue.recentSpendCredit', recent) : msg('factValue.recentSpend', recent) } },
    { label: msg('fact.creditLeft'), value: amount(left) },
    { label: msg('fact.useBy'), value: useBy },
  ];
  if (unused !== null) {
    return {
      explanation: [msg('hint.burnRate.unusedText', { rate: perDay(rate.perDay), unused: amount(unused), date: useBy }), msg('hint.burnRate.unusedWhy')],
      facts: [...facts, { label: msg('fact.projectedUnused'), value: amount(unused) }],
      nextStep: { label: msg('hint.burnRate.unusedStep', { rate: perDay(left / Math.max(daysLeft, 1)), date: useBy }) },
    };
  }
  const usedUpAt = new Date(now.getTime() + (left / rate.perDay) * DAY_MS);
  return { explanation: [msg('hint.burnRate.onTrackText', { rate: perDay(rate.perDay), left: amount(left), usedUp: dateOf(usedUpAt), date: useBy })], facts, nextStep: null };
};
