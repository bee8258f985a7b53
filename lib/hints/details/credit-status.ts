/**
 * The credit-status card's details, below its title once the row is opened: why the credit stands
 * where it does, the facts it was worked out from, and the one thing to do next.
 */
import { msg, type Msg, type Param } from '../../i18n/message';
import { time } from '../params';
import { paymentPageUrl } from '../../reader/page-kind';
import type { CreditStatus } from '../../credit/credit-state';
import { HOUR_MS } from '../../credit/values';
import type { DetailsOf, HintFact, NextStep } from '../types';
import type { Offer } from '../../notes/schema';

/** What a card's sentences are made of, worked out once per offer (by its summary, ../rules/credit-status.ts). */
export interface CreditWords {
  /** The offer's name as noted, or "Spend-match offer". */
  name: Param;
  money: (value: number | null) => Param;
  now: Date;
  timeZone: string | null | undefined;
  useBy: Param | null;
  /** The day to reach the threshold by, when the offer has one the credit state reads. */
  qualifyBy: Param | null;
}

/** What the details' sentences add: the account's Finance > Payment page. */
interface DetailWords extends CreditWords {
  /** Where recorded spend and balances show. */
  billing: string | null;
}

export interface CreditCard {
  status: CreditStatus;
  offer: Offer;
  words: CreditWords;
}

const CHECK_SPEND = msg('hint.creditStatus.checkSpend');
const PLAN_AHEAD = msg('hint.creditStatus.planAhead');

export const creditStatusDetails: DetailsOf<CreditCard> = ({ status, offer, words }) => ({
  ...explain(status, { ...words, billing: paymentPageUrl(offer.accountId) }),
  facts: facts(status, offer, words),
});

function explain(status: CreditStatus, { money, now, useBy, qualifyBy, billing }: DetailWords): { explanation: Msg[]; nextStep: NextStep | null } {
  const credit: Param = status.creditAmount !== null ? money(status.creditAmount) : { msg: msg('hint.creditStatus.theCredit') };
  const hours = status.windowHours;
  switch (status.state) {
    case 'not-started':
      if (status.reason === 'currency-mismatch' && status.currencyMismatch) {
        return {
          explanation: [msg('hint.creditStatus.currencyMismatchText')],
          nextStep: { label: msg('hint.creditStatus.currencyMismatchStep'), action: { type: 'open-popup' } },
        };
      }
      return {
        explanation: [msg('hint.creditStatus.notStartedText', { threshold: money(status.threshold), credit }), CHECK_SPEND, PLAN_AHEAD],
        nextStep: status.activatedAt ? null : { label: msg('hint.creditStatus.noteActivationStep'), action: { type: 'open-popup' } },
      };
    case 'earning':
      return {
        explanation: [
          qualifyBy ? msg('hint.creditStatus.earningLeftBy', { left: money(status.left), date: qualifyBy }) : msg('hint.creditStatus.earningLeft', { left: money(status.left) }),
          msg('hint.creditStatus.earningText', { credit, count: hours }),
          CHECK_SPEND,
        ],
        nextStep: { label: PLAN_AHEAD },
      };
    case 'pending':
      return {
        explanation: [
          msg('hint.creditStatus.pendingText', { threshold: money(status.threshold), time: status.crossedAt ? time(status.crossedAt) : { msg: msg('common.unknown') }, count: hours }),
          PLAN_AHEAD,
        ],
        nextStep: null,
      };
    case 'overdue': {
      const late = status.expectedBy ? Math.max(1, Math.floor((now.getTime() - status.expectedBy.getTime()) / HOUR_MS)) : null;
      const window: Param = { msg: msg('common.hours', { count: hours }) };
      return {
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
        explanation: useBy ? [msg('hint.creditStatus.arrivedText')] : [msg('hint.creditStatus.arrivedText'), msg('hint.creditStatus.arrivedNoteExpiry')],
        nextStep: useBy ? null : { label: msg('hint.creditStatus.noteExpiryStep'), action: { type: 'open-popup' } },
      };
    case 'expiring':
      return {
        explanation: [useBy ? msg('hint.creditStatus.expiringText', { date: useBy }) : msg('hint.creditStatus.expiringTextNoDate')],
        nextStep: { label: useBy ? msg('hint.creditStatus.expiringStep', { date: useBy }) : msg('hint.creditStatus.expiringStepNoDate') },
      };
    case 'expired':
      if (status.reason === 'qualify-deadline-passed') {
        return {
          explanation: [
            msg('hint.creditStatus.qualifyPassedText', { threshold: money(status.threshold), date: qualifyBy ?? { msg: msg('common.unknown') }, spent: money(status.spent ?? 0) }),
          ],
          nextStep: null,
        };
      }
      return {
        explanation: [useBy ? msg('hint.creditStatus.expiredText') : msg('hint.creditStatus.expiredMarked')],
        nextStep: null,
      };
    case 'used-up':
      return {
        explanation: [status.reason === 'balance-zero' ? msg('hint.creditStatus.usedUpBalance') : msg('hint.creditStatus.usedUpMarked')],
        nextStep: null,
      };
  }
}

function facts(status: CreditStatus, offer: Offer, { money, useBy }: CreditWords): HintFact[] {
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
