/**
 * Saved codes that are still unused, with their nearest deadline: activate within 14 days of receiving
 * (or the saved activate-by date), and the code's own expiry (DOMAIN.md).
 */
import type { Code } from '../../notes/schema';
import { daysUntil, usableTimeZone } from '../../credit/calendar';
import { codeTiming } from '../../credit/code-window';
import { cleanText, formatterFor, plural } from '../format';
import { hintId } from '../hint-id';
import { paymentPageUrl } from '../links';
import { inScope } from '../scope';
import type { Hint, HintInput, HintRule, NextStep, Severity } from '../types';

/** A deadline this close is a warning; within a day, critical. */
export const DEADLINE_SOON_DAYS = 7;

export const codeDeadlineHints: HintRule = (input) =>
  input.notes.codes.filter((code) => code.status === 'unused' && inScope(input, code.accountId)).map((code) => hintFor(input, code));

function hintFor(input: HintInput, code: Code): Hint {
  const f = formatterFor(input.timeZone);
  const timing = codeTiming(code, input.now, usableTimeZone(input.timeZone));
  const { clock } = timing;
  const shown = cleanText(code.code, 64) || 'Saved code';
  const base = { kind: 'code-deadline' as const, subject: { type: 'code' as const, id: code.id } };
  const facts = [
    { label: 'Received', value: f.day(code.receivedOn) },
    ...(clock.activateBy ? [{ label: 'Activate by', value: `${f.day(clock.activateBy)}${clock.activateByFromNotes ? '' : ' (14 days after receiving)'}` }] : []),
    ...(clock.expiresOn ? [{ label: 'Expires', value: f.day(clock.expiresOn) }] : []),
  ];
  const source = cleanText(code.source, 80);
  if (source) facts.push({ label: 'From', value: source });

  if (timing.expired) {
    return {
      ...base,
      id: hintId('code-deadline', code.id, 'expired'),
      state: 'expired',
      severity: 'info',
      title: `${shown} expired on ${f.day(clock.expiresOn!)}`,
      explanation: 'An expired code will most likely be rejected. If you still want the credit, ask whoever sent the code whether it can be reissued.',
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
      title: `The time to activate ${shown} has passed`,
      explanation: `Codes must be activated within 14 days of receiving them, and this one's window ended with ${f.day(clock.activateBy!)}. It may still be worth a try; if it is rejected, ask the sender for a new one.`,
      facts,
      nextStep: enterIt(input, code),
    };
  }
  // The nearer of the two deadlines is the one that matters.
  const activationFirst = clock.activationEnds !== null && (clock.expiresAt === null || clock.activationEnds.getTime() <= clock.expiresAt.getTime());
  const deadline = activationFirst ? clock.activationEnds : clock.expiresAt;
  const day = activationFirst ? clock.activateBy : clock.expiresOn;
  if (!deadline || !day) {
    return {
      ...base,
      id: hintId('code-deadline', code.id, 'waiting'),
      state: 'waiting',
      severity: 'info',
      title: `${shown} is waiting to be activated`,
      explanation: 'Enter it under Finance > Payment, Redeem coupon, then Activate.',
      facts,
      nextStep: enterIt(input, code),
    };
  }
  const days = daysUntil(deadline, input.now, usableTimeZone(input.timeZone));
  const which = activationFirst ? 'activate' : 'expires';
  const urgency = days <= 1 ? 'within-a-day' : days <= DEADLINE_SOON_DAYS ? 'soon' : null;
  const state = urgency ? `${which}-${urgency}` : 'waiting';
  const severity: Severity = urgency === 'within-a-day' ? 'critical' : urgency === 'soon' ? 'warning' : 'info';
  const left = days <= 1 ? 'less than a day left' : `${plural(days, 'day')} left`;
  return {
    ...base,
    id: hintId('code-deadline', code.id, state),
    state,
    severity,
    title: activationFirst ? `Activate ${shown} by ${f.day(day)} (${left})` : `${shown} expires on ${f.day(day)} (${left})`,
    explanation:
      (activationFirst
        ? 'Codes must be activated within 14 days of receiving them. '
        : 'After its expiry date the code will most likely be rejected. ') +
      'Enter it under Finance > Payment, Redeem coupon, then Activate. If a spend-match offer is active on the account, the code may be rejected until it ends (one active promotion at a time).',
    facts,
    nextStep: enterIt(input, code),
  };
}

function enterIt(input: HintInput, code: Code): NextStep {
  const page = input.reading;
  if (page && page.couponEntry.kind !== 'none' && page.accountId === code.accountId) {
    return { label: 'Show me where to enter it', action: { type: 'scroll-to-coupon-entry' } };
  }
  const url = paymentPageUrl(code.accountId);
  return url ? { label: 'Open Finance > Payment', action: { type: 'open-url', url } } : { label: 'In Ads Manager: Finance > Payment' };
}
