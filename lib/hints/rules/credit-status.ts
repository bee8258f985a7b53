/**
 * One card per tracked spend-match offer of the page's account: where the credit stands and the one
 * thing to do next (issue 3, item 2). Here its summary (title, severity, progress, mark line), what a
 * folded dock, the pill and the marks show; its details (why, the facts, the next step) are
 * ../details/credit-status.ts.
 */
import type { Offer } from '../../notes/schema';
import { creditStatusOf, type CreditStatus } from '../../credit/credit-state';
import { daysUntil, usableTimeZone } from '../../credit/calendar';
import { countdown, deadlineCountdown } from '../../notes/countdown';
import { msg, type Msg, type Param } from '../../i18n/message';
import { cleanText, validCurrency } from '../format';
import { dateOf, day, money, time } from '../params';
import { hintId } from '../hint-id';
import { accountNotes, inScope } from '../scope';
import { withDetails } from '../summary';
import type { CreditCard, CreditWords } from '../details/credit-status';
import type { CreditState, HintInput, HintSummary, Severity } from '../types';

const SEVERITY: Record<CreditState, Severity> = {
  'not-started': 'info',
  earning: 'info',
  pending: 'info',
  overdue: 'warning',
  arrived: 'success',
  expiring: 'warning',
  expired: 'info',
  'used-up': 'info',
};

/** One card per tracked spend-match offer of the page's account. */
export const creditStatusHints = withDetails('credit-status', (input) =>
  input.notes.offers
    .filter((offer) => offer.status !== 'dismissed' && inScope(input, offer.accountId))
    .map((offer) => cardFor(input, offer, creditStatusOf(offer, input.observations, input.reading, input.now, usableTimeZone(input.timeZone)))),
);

function cardFor(input: HintInput, offer: Offer, status: CreditStatus): [HintSummary, CreditCard] {
  const currency = status.currency ?? validCurrency(accountNotes(input, offer.accountId)?.currency);
  const words: CreditWords = {
    name: cleanText(offer.name, 80) || { msg: msg('hint.offerFallback') },
    money: (value) => money(value, currency),
    now: input.now,
    timeZone: input.timeZone,
    useBy: status.useByDay ? day(status.useByDay) : null,
    qualifyBy: status.qualifyBy ? day(offer.qualifyBy!) : null,
  };
  const hint: HintSummary = {
    id: hintId('credit-status', offer.id, status.state),
    kind: 'credit-status',
    state: status.state,
    severity: status.reason === 'currency-mismatch' ? 'warning' : SEVERITY[status.state],
    title: titleOf(status, words),
    subject: { type: 'offer', id: offer.id },
  };
  if (status.state === 'earning' && status.spent !== null && status.threshold !== null) {
    // Time left to qualify, in the words the popup's offer cards use (lib/notes/countdown.ts). Only for
    // a day that exists: the notes' schema checks a date's shape, so an import can hold 2026-02-31, which
    // the credit state reads as no deadline (status.qualifyBy null) and the countdown refuses.
    const left = offer.qualifyBy && status.qualifyBy ? deadlineCountdown('offer-qualify', countdown(offer.qualifyBy, input.now, { timeZone: usableTimeZone(input.timeZone) })) : null;
    hint.progress = { current: status.spent, target: status.threshold, currency, ...(left ? { left } : {}) };
  }
  const mark = markLine(status, words);
  if (mark) hint.mark = mark;
  return [hint, { status, offer, words }];
}

/** The answer first: the state, with its one amount, time or count of days. */
function titleOf(status: CreditStatus, { name, money, now, timeZone, useBy, qualifyBy }: CreditWords): Msg {
  switch (status.state) {
    case 'not-started':
      if (status.reason === 'currency-mismatch' && status.currencyMismatch) {
        const { offer, seen } = status.currencyMismatch;
        return msg('hint.creditStatus.currencyMismatchTitle', { name, seen, offer });
      }
      return msg('hint.creditStatus.notStartedTitle', { name });
    case 'earning':
      return msg('hint.creditStatus.earningTitle', { name, spent: money(status.spent), threshold: money(status.threshold) });
    case 'pending':
      return status.expectedBy ? msg('hint.creditStatus.pendingTitle', { name, time: time(status.expectedBy) }) : msg('hint.creditStatus.pendingTitleSoon', { name });
    case 'overdue':
      // Overdue is only ever said of a credit expected by a known time (credit-state.ts).
      return msg('hint.creditStatus.overdueTitle', { name, time: time(status.expectedBy!) });
    case 'arrived':
      return useBy ? msg('hint.creditStatus.arrivedTitle', { name, date: useBy }) : msg('hint.creditStatus.arrivedTitleNoDate', { name });
    case 'expiring': {
      const days = status.useBy ? daysUntil(status.useBy, now, usableTimeZone(timeZone)) : null;
      return days !== null && days <= 1 ? msg('hint.creditStatus.expiringTitleToday', { name }) : msg('hint.creditStatus.expiringTitle', { name, count: days ?? 0 });
    }
    case 'expired':
      // The threshold's deadline passing is only ever said of an offer with one (credit-state.ts).
      if (status.reason === 'qualify-deadline-passed') return msg('hint.creditStatus.qualifyPassedTitle', { name, date: qualifyBy! });
      return useBy ? msg('hint.creditStatus.expiredTitle', { name, date: useBy }) : msg('hint.creditStatus.expiredTitleNoDate', { name });
    case 'used-up':
      return msg('hint.creditStatus.usedUpTitle', { name });
  }
}

/** The mark beside the page's credit balance or the offer's row: the state and its one number or date. */
function markLine(status: CreditStatus, { money, useBy }: CreditWords): Msg | null {
  const credit: Param = status.creditAmount !== null ? money(status.creditAmount) : { msg: msg('hint.creditStatus.markCredit') };
  switch (status.state) {
    case 'earning':
      return status.spent !== null && status.threshold !== null ? msg('hint.creditStatus.markEarning', { spent: money(status.spent), threshold: money(status.threshold) }) : null;
    case 'pending':
      return status.expectedBy ? msg('hint.creditStatus.markPending', { credit, date: dateOf(status.expectedBy) }) : msg('hint.creditStatus.markPendingSoon', { credit });
    case 'overdue':
      return msg('hint.creditStatus.markOverdue', { credit });
    case 'arrived':
    case 'expiring':
      return useBy ? msg('hint.creditStatus.markUseBy', { credit, date: useBy }) : null;
    default:
      return null;
  }
}
