/**
 * One card per tracked spend-match offer of the page's account: where the credit stands and the one
 * thing to do next (issue 3, item 2).
 */
import type { Offer } from '../../notes/schema';
import { creditStatusOf, type CreditStatus } from '../../credit/credit-state';
import { daysUntil, usableTimeZone } from '../../credit/calendar';
import { cleanText, formatterFor, plural, validCurrency, type Formatter } from '../format';
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

const CHECK_SPEND =
  'Only spend after activation counts, taxes are not included, and on automatic payment only paid bills count.';

export const creditStatusHints: HintRule = (input) =>
  input.notes.offers
    .filter((offer) => offer.status !== 'dismissed' && inScope(input, offer.accountId))
    .map((offer) => hintFor(input, offer, creditStatusOf(offer, input.observations, input.reading, input.now, usableTimeZone(input.timeZone))));

function hintFor(input: HintInput, offer: Offer, status: CreditStatus): Hint {
  const f = formatterFor(input.timeZone);
  const name = cleanText(offer.name, 80) || 'Spend-match offer';
  const currency = status.currency ?? validCurrency(accountNotes(input, offer.accountId)?.currency);
  const money = (value: number | null) => f.money(value, currency);
  const words: Words = {
    f,
    name,
    money,
    now: input.now,
    timeZone: input.timeZone,
    useBy: status.useByDay ? f.day(status.useByDay) : null,
    qualifyBy: status.qualifyBy ? f.day(offer.qualifyBy!) : null,
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
    hint.progress = { current: status.spent, target: status.threshold, currency };
  }
  return hint;
}

interface Words {
  f: Formatter;
  name: string;
  money: (value: number | null) => string;
  now: Date;
  timeZone: string | null | undefined;
  useBy: string | null;
  qualifyBy: string | null;
  /** The account's Finance > Payment page, where recorded spend and balances show. */
  billing: string | null;
}

function describe(status: CreditStatus, { f, name, money, now, timeZone, useBy, qualifyBy, billing }: Words): { title: string; explanation: string; nextStep: NextStep | null } {
  const credit = status.creditAmount !== null ? money(status.creditAmount) : 'the credit';
  const window = plural(status.windowHours, 'hour');
  const crossed = status.crossedAt ? f.dateTime(status.crossedAt) : 'an unknown time';
  const planAhead = 'Once the credit lands its expiry clock starts, so plan the campaigns that will use it.';
  switch (status.state) {
    case 'not-started':
      if (status.reason === 'currency-mismatch' && status.currencyMismatch) {
        const { offer, seen } = status.currencyMismatch;
        return {
          title: `${name}: amounts are in ${seen}, the offer in ${offer}`,
          explanation: `Credit Lens does not compare amounts across currencies, so it cannot tell how far this offer has got. Check the offer's currency in your notes, or whether this offer belongs to another ad account.`,
          nextStep: { label: `Check the offer's currency in your notes`, action: { type: 'open-popup' } },
        };
      }
      return {
        title: `${name}: no counted spend yet`,
        explanation: `Spend ${money(status.threshold)} to earn ${credit}. ${CHECK_SPEND} ${planAhead}`,
        nextStep: status.activatedAt ? null : { label: 'Note when you activated the offer', action: { type: 'open-popup' } },
      };
    case 'earning':
      return {
        title: `${name}: ${money(status.spent)} of ${money(status.threshold)} spent`,
        explanation:
          `${money(status.left)} left to spend` +
          (qualifyBy ? ` by ${qualifyBy}` : '') +
          `. TikTok adds ${credit} after the spend is processed, usually within ${window} of crossing the threshold. ${CHECK_SPEND}`,
        nextStep: { label: planAhead },
      };
    case 'pending':
      return {
        title: `${name}: credit expected by ${status.expectedBy ? f.dateTime(status.expectedBy) : 'soon'}`,
        explanation: `Spend crossed the ${money(status.threshold)} threshold on ${crossed}. Credit usually lands within ${window} of that; nothing to do yet. ${planAhead}`,
        nextStep: null,
      };
    case 'overdue': {
      const late = status.expectedBy ? Math.max(1, Math.floor((now.getTime() - status.expectedBy.getTime()) / 3_600_000)) : null;
      return {
        title: `${name}: credit is late`,
        explanation:
          `Spend crossed the threshold on ${crossed} and the ${window} processing window ended` +
          (late !== null ? ` ${plural(late, 'hour')} ago` : '') +
          `. First check in Billing that the spend was recorded. ${CHECK_SPEND} If it was, contact Ads Manager support.`,
        nextStep: billing
          ? { label: 'Check the recorded spend in Billing, then contact support', action: { type: 'open-url', url: billing } }
          : { label: 'Check the recorded spend in Billing, then contact support' },
      };
    }
    case 'arrived':
      return {
        title: useBy ? `${name}: credit arrived, use by ${useBy}` : `${name}: credit arrived`,
        explanation: `Credit is drawn before your cash balance, across eligible campaigns, until it is used up or expires.${useBy ? '' : ' Note the expiry date the offer shows so Credit Lens can remind you.'}`,
        nextStep: useBy ? null : { label: 'Note the expiry date', action: { type: 'open-popup' } },
      };
    case 'expiring': {
      const days = status.useBy ? daysUntil(status.useBy, now, usableTimeZone(timeZone)) : null;
      return {
        title: `${name}: credit expires ${days !== null && days <= 1 ? 'within a day' : `in ${plural(days ?? 0, 'day')}`}`,
        explanation: `Unused credit is lost on ${useBy ?? 'its expiry date'}. Credit is drawn before your cash balance, so running eligible campaigns now uses it first.`,
        nextStep: { label: `Plan campaign spend to use it by ${useBy ?? 'its expiry date'}` },
      };
    }
    case 'expired':
      if (status.reason === 'qualify-deadline-passed') {
        return {
          title: `${name}: the deadline to reach the threshold passed`,
          explanation: `The offer needed ${money(status.threshold)} of counted spend by ${qualifyBy ?? 'its deadline'}; Credit Lens saw ${money(status.spent ?? 0)}. If you did reach it, check the recorded spend in Billing and contact support.`,
          nextStep: null,
        };
      }
      return {
        title: `${name}: credit expired`,
        explanation: useBy ? `The credit could be used until ${useBy}.` : 'You marked this credit as expired.',
        nextStep: null,
      };
    case 'used-up':
      return {
        title: `${name}: credit used up`,
        explanation: status.reason === 'balance-zero' ? 'The ad credit balance went back to zero after the credit arrived.' : 'You marked this credit as used up.',
        nextStep: null,
      };
  }
}

function facts(status: CreditStatus, offer: Offer, { f, money, useBy }: Words): HintFact[] {
  const list: HintFact[] = [];
  const add = (label: string, value: string | null) => value !== null && list.push({ label, value });
  add('Threshold', status.threshold !== null ? money(status.threshold) : null);
  add('Credit', status.creditAmount !== null ? money(status.creditAmount) : null);
  // After the credit landed, spend and crossing belong to the past; later spend would only confuse.
  const beforeArrival = status.arrivedFrom === null;
  if (beforeArrival) add('Counted spend', status.spent !== null ? money(status.spent) : null);
  if (status.state === 'earning' || status.state === 'not-started') add('Left to spend', status.left !== null ? money(status.left) : null);
  add('Activated', status.activatedAt ? f.dateTime(status.activatedAt) : null);
  const crossedInTime = status.crossedAt && (!status.arrivedAt || status.crossedAt.getTime() <= status.arrivedAt.getTime());
  add(
    'Threshold crossed',
    crossedInTime && status.crossedAt ? `${f.dateTime(status.crossedAt)} (${status.crossedFrom === 'user' ? 'you entered it' : 'first seen on the page'})` : null,
  );
  if (status.state === 'pending' || status.state === 'overdue') {
    add('Expected by', status.expectedBy ? `${f.dateTime(status.expectedBy)} (${status.windowHours}-hour window)` : null);
  }
  add('Arrived', status.arrivedAt ? f.dateTime(status.arrivedAt) : null);
  add('Use by', useBy ? `${useBy} (${status.useByFrom === 'offer' ? 'the offer date' : `${plural(status.validityDays, 'day')} after arrival`})` : null);
  add('Ad credit balance', status.creditBalance !== null ? money(status.creditBalance) : null);
  if (status.currencyMismatch) {
    add('Currency', `Offer in ${status.currencyMismatch.offer}, page in ${status.currencyMismatch.seen}: amounts not compared`);
  }
  if (status.otherAccount) add('Page account', `${status.otherAccount} (not this offer's account ${offer.accountId})`);
  return list;
}
