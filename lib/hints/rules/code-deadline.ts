/**
 * Saved codes that are still unused, with their nearest deadline: activate within 14 days of receiving
 * (or the saved activate-by date), and the code's own expiry (DOMAIN.md).
 */
import type { Code } from '../../notes/schema';
import { daysUntil, usableTimeZone } from '../../credit/calendar';
import { codeTiming } from '../../credit/code-window';
import { msg, type Param } from '../../i18n/message';
import { enterCodeSentence } from '../enter-code';
import { cleanText } from '../format';
import { day } from '../params';
import { hintId } from '../hint-id';
import { paymentPageUrl } from '../links';
import { inScope } from '../scope';
import type { Hint, HintFact, HintInput, HintRule, NextStep, Severity } from '../types';

/** A deadline this close is a warning; within a day, critical. */
export const DEADLINE_SOON_DAYS = 7;

export const codeDeadlineHints: HintRule = (input) =>
  input.notes.codes.filter((code) => code.status === 'unused' && inScope(input, code.accountId)).map((code) => hintFor(input, code));

function hintFor(input: HintInput, code: Code): Hint {
  const timing = codeTiming(code, input.now, usableTimeZone(input.timeZone));
  const { clock } = timing;
  const shown: Param = cleanText(code.code, 64) || { msg: msg('hint.codeFallback') };
  const base = { kind: 'code-deadline' as const, subject: { type: 'code' as const, id: code.id } };
  const facts: HintFact[] = [
    { label: msg('fact.received'), value: day(code.receivedOn) },
    ...(clock.activateBy
      ? [{ label: msg('fact.activateBy'), value: clock.activateByFromNotes ? day(clock.activateBy) : { msg: msg('factValue.activateByComputed', { date: day(clock.activateBy) }) } }]
      : []),
    ...(clock.expiresOn ? [{ label: msg('fact.expires'), value: day(clock.expiresOn) }] : []),
  ];
  const source = cleanText(code.source, 80);
  if (source) facts.push({ label: msg('fact.from'), value: source });

  if (timing.expired) {
    return {
      ...base,
      id: hintId('code-deadline', code.id, 'expired'),
      state: 'expired',
      severity: 'info',
      title: msg('hint.codeDeadline.expiredTitle', { code: shown, date: day(clock.expiresOn!) }),
      explanation: [msg('hint.codeDeadline.expiredText')],
      facts,
      nextStep: null,
    };
  }
  if (timing.windowPassed) {
    return {
      ...base,
      id: hintId('code-deadline', code.id, 'activation-window-passed'),
      state: 'activation-window-passed',
      severity: 'warning',
      title: msg('hint.codeDeadline.windowPassedTitle', { code: shown }),
      explanation: [msg('hint.codeDeadline.windowPassedText', { date: day(clock.activateBy!) })],
      facts,
      nextStep: enterIt(input, code),
    };
  }
  // The nearer of the two deadlines is the one that matters.
  const activationFirst = clock.activationEnds !== null && (clock.expiresAt === null || clock.activationEnds.getTime() <= clock.expiresAt.getTime());
  const deadline = activationFirst ? clock.activationEnds : clock.expiresAt;
  const deadlineDay = activationFirst ? clock.activateBy : clock.expiresOn;
  if (!deadline || !deadlineDay) {
    return {
      ...base,
      id: hintId('code-deadline', code.id, 'waiting'),
      state: 'waiting',
      severity: 'info',
      title: msg('hint.codeDeadline.waitingTitle', { code: shown }),
      explanation: [enterCodeSentence(input.reading)],
      facts,
      nextStep: enterIt(input, code),
    };
  }
  const days = daysUntil(deadline, input.now, usableTimeZone(input.timeZone));
  const which = activationFirst ? 'activate' : 'expires';
  const urgency = days <= 1 ? 'within-a-day' : days <= DEADLINE_SOON_DAYS ? 'soon' : null;
  const state = urgency ? `${which}-${urgency}` : 'waiting';
  const severity: Severity = urgency === 'within-a-day' ? 'critical' : urgency === 'soon' ? 'warning' : 'info';
  return {
    ...base,
    id: hintId('code-deadline', code.id, state),
    state,
    severity,
    title: activationFirst
      ? days <= 1
        ? msg('hint.codeDeadline.activateTitleToday', { code: shown, date: day(deadlineDay) })
        : msg('hint.codeDeadline.activateTitle', { code: shown, date: day(deadlineDay), count: days })
      : days <= 1
        ? msg('hint.codeDeadline.expiresTitleToday', { code: shown, date: day(deadlineDay) })
        : msg('hint.codeDeadline.expiresTitle', { code: shown, date: day(deadlineDay), count: days }),
    explanation: [
      activationFirst ? msg('hint.codeDeadline.activateWhy') : msg('hint.codeDeadline.expiresWhy'),
      enterCodeSentence(input.reading),
      msg('hint.codeDeadline.onePromotion'),
    ],
    facts,
    nextStep: enterIt(input, code),
  };
}

function enterIt(input: HintInput, code: Code): NextStep {
  const page = input.reading;
  if (page && page.couponEntry.kind !== 'none' && page.accountId === code.accountId) {
    return { label: msg('step.showWhereToEnter'), action: { type: 'scroll-to-coupon-entry' } };
  }
  const url = paymentPageUrl(code.accountId);
  return url ? { label: msg('step.openPayment'), action: { type: 'open-url', url } } : { label: msg('step.inAdsManager') };
}
