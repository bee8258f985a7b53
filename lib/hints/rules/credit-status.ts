/**
 * One card per tracked spend-match offer of the page's account: where the credit stands and the one
 * thing to do next (issue 3, item 2).
 */
import type { Offer } from '../../notes/schema';
import { creditStatusOf, type CreditStatus } from '../../credit/credit-state';
import { daysUntil, usableTimeZone } from '../../credit/calendar';
import { countdown, deadlineCountdown } from '../../notes/countdown';
import { msg, type Msg, type Param } from '../../i18n/message';
import { cleanText, validCurrency } from '../format';
import { dateOf, day, money, time } from '../params';
import { hintId } from '../hint-id';
import { paymentPageUrl } from '../links';
import { accountNotes, inScope } from '../scope';
import type { CreditState, Hint, HintFact, HintInput, HintRule, NextStep, Severity } from '../types';

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

export const creditStatusHints: HintRule = (input) =>
  input.notes.offers
    .filter((offer) => offer.status !== 'dismissed' && inScope(input, offer.accountId))
    .map((offer) => hintFor(input, offer, creditStatusOf(offer, input.observations, input.reading, input.now, usableTimeZone(input.timeZone))));

function hintFor(input: HintInput, offer: Offer, status: CreditStatus): Hint {
  const currency = status.currency ?? validCurrency(accountNotes(input, offer.accountId)?.currency);
  const words: Words = {
    name: cleanText(offer.name, 80) || { msg: msg('hint.offerFallback') },
    money: (value) => money(value, currency),
    now: input.now,
    timeZone: input.timeZone,
    useBy: status.useByDay ? day(status.useByDay) : null,
    qualifyBy: status.qualifyBy ? day(offer.qualifyBy!) : null,
    billing: paymentPageUrl(offer.accountId),
  };
  const text = describe(status, words);
  const hint: Hint = {
    id: hintId('credit-status', offer.id, status.state),
    kind: 'credit-status',
    state: status.state,
    severity: status.reason === 'currency-mismatch' ? 'warning' : SEVERITY[status.state],
    title: text.title,
    explanation: text.explanation,
    facts: facts(status, offer, words),
    nextStep: text.nextStep,
    subject: { type: 'offer', id: offer.id },
  };
  if (status.state === 'earning' && status.spent !== null && status.threshold !== null) {
    // Time left to qualify, in the words the popup's offer cards use (lib/notes/countdown.ts).
    const left = offer.qualifyBy ? deadlineCountdown('offer-qualify', countdown(offer.qualifyBy, input.now, { timeZone: usableTimeZone(input.timeZone) })) : null;
    hint.progress = { current: status.spent, target: status.threshold, currency, ...(left ? { left } : {}) };
  }
  const mark = markLine(status, words);
  if (mark) hint.mark = mark;
  return hint;
}

/** The mark beside the page's credit balance or the offer's row: the state and its one number or date. */
function markLine(status: CreditStatus, { money, useBy }: Words): Msg | null {
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

interface Words {
  /** The offer's name as noted, or "Spend-match offer". */
  name: Param;
  money: (value: number | null) => Param;
  now: Date;
  timeZone: string | null | undefined;
  useBy: Param | null;
  qualifyBy: Param | null;
  /** The account's Finance > Payment page, where recorded spend and balances show. */
  billing: string | null;
}

const CHECK_SPEND = msg('hint.creditStatus.checkSpend');
const PLAN_AHEAD = msg('hint.creditStatus.planAhead');

function describe(status: CreditStatus, { name, money, now, timeZone, useBy, qualifyBy, billing }: Words): { title: Msg; explanation: Msg[]; nextStep: NextStep | null } {
  const credit: Param = status.creditAmount !== null ? money(status.creditAmount) : { msg: msg('hint.creditStatus.theCredit') };
  const hours = status.windowHours;
  switch (status.state) {
    case 'not-started':
      if (status.reason === 'currency-mismatch' && status.currencyMismatch) {
        const { offer, seen } = status.currencyMismatch;
        return {
          title: msg('hint.creditStatus.currencyMismatchTitle', { name, seen, offer }),
          explanation: [msg('hint.creditStatus.currencyMismatchText')],
          nextStep: { label: msg('hint.creditStatus.currencyMismatchStep'), action: { type: 'open-popup' } },
        };
      }
      return {
        title: msg('hint.creditStatus.notStartedTitle', { name }),
        explanation: [msg('hint.creditStatus.notStartedText', { threshold: money(status.threshold), credit }), CHECK_SPEND, PLAN_AHEAD],
        nextStep: status.activatedAt ? null : { label: msg('hint.creditStatus.noteActivationStep'), action: { type: 'open-popup' } },
      };
    case 'earning':
      return {
        title: msg('hint.creditStatus.earningTitle', { name, spent: money(status.spent), threshold: money(status.threshold) }),
        explanation: [
          qualifyBy ? msg('hint.creditStatus.earningLeftBy', { left: money(status.left), date: qualifyBy }) : msg('hint.creditStatus.earningLeft', { left: money(status.left) }),
          msg('hint.creditStatus.earningText', { credit, count: hours }),
          CHECK_SPEND,
        ],
        nextStep: { label: PLAN_AHEAD },
      };
    case 'pending':
      return {
        title: status.expectedBy ? msg('hint.creditStatus.pendingTitle', { name, time: time(status.expectedBy) }) : msg('hint.creditStatus.pendingTitleSoon', { name }),
        explanation: [
          msg('hint.creditStatus.pendingText', { threshold: money(status.threshold), time: status.crossedAt ? time(status.crossedAt) : { msg: msg('common.unknown') }, count: hours }),
          PLAN_AHEAD,
        ],
        nextStep: null,
      };
    case 'overdue': {
      const late = status.expectedBy ? Math.max(1, Math.floor((now.getTime() - status.expectedBy.getTime()) / 3_600_000)) : null;
      const window: Param = { msg: msg('common.hours', { count: hours }) };
      return {
        title: msg('hint.creditStatus.overdueTitle', { name }),
        explanation: [
          status.crossedAt && late !== null
            ? msg('hint.creditStatus.overdueText', { time: time(status.crossedAt), window, late: { msg: msg('common.hours', { count: late }) } })
            : msg('hint.creditStatus.overdueTextNoTime', { window }),
          msg('hint.creditStatus.overdueCheck'),
          CHECK_SPEND,
        ],
        nextStep: billing
          ? { label: msg('hint.creditStatus.overdueStep'), action: { type: 'open-url', url: billing } }
          : { label: msg('hint.creditStatus.overdueStep') },
      };
    }
    case 'arrived':
      return {
        title: useBy ? msg('hint.creditStatus.arrivedTitle', { name, date: useBy }) : msg('hint.creditStatus.arrivedTitleNoDate', { name }),
        explanation: useBy ? [msg('hint.creditStatus.arrivedText')] : [msg('hint.creditStatus.arrivedText'), msg('hint.creditStatus.arrivedNoteExpiry')],
        nextStep: useBy ? null : { label: msg('hint.creditStatus.noteExpiryStep'), action: { type: 'open-popup' } },
      };
    case 'expiring': {
      const days = status.useBy ? daysUntil(status.useBy, now, usableTimeZone(timeZone)) : null;
      return {
        title: days !== null && days <= 1 ? msg('hint.creditStatus.expiringTitleToday', { name }) : msg('hint.creditStatus.expiringTitle', { name, count: days ?? 0 }),
        explanation: [useBy ? msg('hint.creditStatus.expiringText', { date: useBy }) : msg('hint.creditStatus.expiringTextNoDate')],
        nextStep: { label: useBy ? msg('hint.creditStatus.expiringStep', { date: useBy }) : msg('hint.creditStatus.expiringStepNoDate') },
      };
    }
    case 'expired':
      if (status.reason === 'qualify-deadline-passed') {
        return {
          title: msg('hint.creditStatus.qualifyPassedTitle', { name }),
          explanation: [
            msg('hint.creditStatus.qualifyPassedText', { threshold: money(status.threshold), date: qualifyBy ?? { msg: msg('common.unknown') }, spent: money(status.spent ?? 0) }),
          ],
          nextStep: null,
        };
      }
      return {
        title: msg('hint.creditStatus.expiredTitle', { name }),
        explanation: [useBy ? msg('hint.creditStatus.expiredText', { date: useBy }) : msg('hint.creditStatus.expiredMarked')],
        nextStep: null,
      };
    case 'used-up':
      return {
        title: msg('hint.creditStatus.usedUpTitle', { name }),
        explanation: [status.reason === 'balance-zero' ? msg('hint.creditStatus.usedUpBalance') : msg('hint.creditStatus.usedUpMarked')],
        nextStep: null,
      };
  }
}

function facts(status: CreditStatus, offer: Offer, { money, useBy }: Words): HintFact[] {
  const list: HintFact[] = [];
  const add = (label: Msg, value: Param | null) => value !== null && list.push({ label, value });
  add(msg('fact.threshold'), status.threshold !== null ? money(status.threshold) : null);
  add(msg('fact.credit'), status.creditAmount !== null ? money(status.creditAmount) : null);
  // After the credit landed, spend and crossing belong to the past; later spend would only confuse.
  const beforeArrival = status.arrivedFrom === null;
  if (beforeArrival) add(msg('fact.countedSpend'), status.spent !== null ? money(status.spent) : null);
  if (status.state === 'earning' || status.state === 'not-started') add(msg('fact.leftToSpend'), status.left !== null ? money(status.left) : null);
  add(msg('fact.activated'), status.activatedAt ? time(status.activatedAt) : null);
  const crossedInTime = status.crossedAt && (!status.arrivedAt || status.crossedAt.getTime() <= status.arrivedAt.getTime());
  if (crossedInTime && status.crossedAt) {
    const at = time(status.crossedAt);
    add(msg('fact.thresholdCrossed'), { msg: status.crossedFrom === 'user' ? msg('factValue.crossedByUser', { time: at }) : msg('factValue.crossedOnPage', { time: at }) });
  }
  if ((status.state === 'pending' || status.state === 'overdue') && status.expectedBy) {
    add(msg('fact.expectedBy'), { msg: msg('factValue.expectedWindow', { time: time(status.expectedBy), count: status.windowHours }) });
  }
  add(msg('fact.arrived'), status.arrivedAt ? time(status.arrivedAt) : null);
  if (useBy) {
    add(msg('fact.useBy'), {
      msg: status.useByFrom === 'offer' ? msg('factValue.useByOffer', { date: useBy }) : msg('factValue.useByValidity', { date: useBy, count: status.validityDays }),
    });
  }
  add(msg('fact.creditBalance'), status.creditBalance !== null ? money(status.creditBalance) : null);
  if (status.currencyMismatch) {
    add(msg('fact.currency'), { msg: msg('factValue.currencyMismatch', { offerCurrency: status.currencyMismatch.offer, pageCurrency: status.currencyMismatch.seen }) });
  }
  if (status.otherAccount) add(msg('fact.pageAccount'), { msg: msg('factValue.otherAccount', { account: status.otherAccount, offerAccount: offer.accountId }) });
  return list;
}
