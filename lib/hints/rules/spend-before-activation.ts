/**
 * Spend before activation does not count toward a threshold (DOMAIN.md). Warns when campaigns spent
 * before a tracked offer's activation, and when they are spending while a saved code waits unused.
 */
import type { Code, Offer } from '../../notes/schema';
import { parseDay, usableTimeZone } from '../../credit/calendar';
import { codeTiming } from '../../credit/code-window';
import { creditStatusOf } from '../../credit/credit-state';
import { msg, type Param } from '../../i18n/message';
import { cleanText, parseInstant, toAmount } from '../format';
import { day, money, time } from '../params';
import { hintId } from '../hint-id';
import { paymentPageUrl } from '../links';
import { inScope } from '../scope';
import type { Hint, HintAction, HintInput, HintRule } from '../types';

export const spendBeforeActivationHints: HintRule = (input) => [
  ...input.notes.offers.flatMap((offer) => offerHint(input, offer) ?? []),
  ...input.notes.codes.flatMap((code) => codeHint(input, code) ?? []),
];

function offerHint(input: HintInput, offer: Offer): Hint | null {
  if (offer.status !== 'tracking' || !inScope(input, offer.accountId)) return null;
  const status = creditStatusOf(offer, input.observations, input.reading, input.now, usableTimeZone(input.timeZone));
  // Once the threshold is crossed the early spend no longer matters to the user.
  if (status.state !== 'not-started' && status.state !== 'earning') return null;
  if (!status.activatedAt || status.spendBeforeActivation === null || status.spendBeforeActivation <= 0) return null;
  const amount = (value: number | null) => money(value, status.currency);
  const name: Param = cleanText(offer.name, 80) || { msg: msg('hint.offerFallback') };
  const upcoming = status.activatedAt.getTime() > input.now.getTime();
  return {
    id: hintId('spend-before-activation', offer.id, upcoming ? 'offer-not-active-yet' : 'offer-spend-not-counted'),
    kind: 'spend-before-activation',
    state: upcoming ? 'offer-not-active-yet' : 'offer-spend-not-counted',
    severity: 'warning',
    title: msg(upcoming ? 'hint.spendBeforeActivation.upcomingTitle' : 'hint.spendBeforeActivation.notCountedTitle', { name }),
    explanation: [
      msg('hint.spendBeforeActivation.text', { spent: amount(status.spendBeforeActivation), time: time(status.activatedAt), threshold: amount(status.threshold) }),
    ],
    facts: [
      { label: msg('fact.spendBeforeActivation'), value: amount(status.spendBeforeActivation) },
      { label: msg('fact.activated'), value: time(status.activatedAt) },
      ...(status.spent !== null ? [{ label: msg('fact.countedSpend'), value: amount(status.spent) }] : []),
    ],
    nextStep: upcoming ? { label: msg('hint.spendBeforeActivation.upcomingStep'), action: { type: 'open-popup' } } : null,
    subject: { type: 'offer', id: offer.id },
  };
}

interface Seen {
  at: Date;
  spend: number;
}

/** Spend so far of the account since `from`, oldest first, the page open now last. */
function spendSince(input: HintInput, accountId: string, from: Date): Seen[] {
  const seen: Seen[] = [];
  for (const observation of input.observations) {
    const at = parseInstant(observation.at);
    const spend = toAmount(observation.spendSoFar);
    if (observation.accountId !== accountId || !at || spend === null) continue;
    if (at.getTime() >= from.getTime() && at.getTime() <= input.now.getTime()) seen.push({ at, spend });
  }
  seen.sort((a, b) => a.at.getTime() - b.at.getTime());
  const page = input.reading;
  const pageSpend = page && page.accountId === accountId ? toAmount(page.spendSoFar) : null;
  if (pageSpend !== null) seen.push({ at: input.now, spend: pageSpend });
  return seen;
}

function codeHint(input: HintInput, code: Code): Hint | null {
  if (code.status !== 'unused' || !inScope(input, code.accountId)) return null;
  const timing = codeTiming(code, input.now, usableTimeZone(input.timeZone));
  if (timing.expired || timing.windowPassed) return null; // code-deadline speaks about those
  const received = parseDay(code.receivedOn);
  if (!received) return null;
  const seen = spendSince(input, code.accountId, received);
  // Spending means spend so far went up between two sightings (a drop is a new billing period).
  const spending = seen.some((point, i) => i > 0 && point.spend > seen[i - 1]!.spend);
  if (!spending) return null;
  const shown = cleanText(code.code, 64);
  const onPage = input.reading && input.reading.couponEntry.kind !== 'none';
  const url = paymentPageUrl(code.accountId);
  const action: HintAction | undefined = onPage ? { type: 'scroll-to-coupon-entry' } : url ? { type: 'open-url', url } : undefined;
  return {
    id: hintId('spend-before-activation', code.id, 'code-not-activated'),
    kind: 'spend-before-activation',
    state: 'code-not-activated',
    severity: 'warning',
    title: msg('hint.spendBeforeActivation.codeTitle', { code: shown }),
    explanation: [
      msg('hint.spendBeforeActivation.codeText'),
      ...(timing.clock.activateBy ? [msg('hint.spendBeforeActivation.codeActivateBy', { date: day(timing.clock.activateBy) })] : []),
    ],
    facts: [
      { label: msg('fact.code'), value: shown },
      { label: msg('fact.received'), value: day(code.receivedOn) },
      ...(timing.clock.activateBy ? [{ label: msg('fact.activateBy'), value: day(timing.clock.activateBy) }] : []),
    ],
    nextStep: { label: msg(onPage ? 'step.showWhereToEnter' : 'step.openPayment'), ...(action ? { action } : {}) },
    subject: { type: 'code', id: code.id },
  };
}
