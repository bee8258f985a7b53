/**
 * Saved codes that are still unused, with their nearest deadline: activate within 14 days of receiving
 * (or the saved activate-by date), and the code's own expiry (DOMAIN.md).
 */
import type { Code } from '../../notes/schema';
import { daysUntil, usableTimeZone } from '../../credit/calendar';
import { codeTiming } from '../../credit/code-window';
import { msg, type Param } from '../../i18n/message';
import { cleanText } from '../format';
import { day } from '../params';
import { hintId } from '../hint-id';
import { inScope } from '../scope';
import { withDetails } from '../summary';
import type { CodeDeadline } from '../details/code-deadline';
import type { HintInput, HintSummary, Severity } from '../types';

/** A deadline this close is a warning; within a day, critical. */
export const DEADLINE_SOON_DAYS = 7;

export const codeDeadlineHints = withDetails('code-deadline', (input) =>
  input.notes.codes.filter((code) => code.status === 'unused' && inScope(input, code.accountId)).map((code) => cardFor(input, code)),
);

function cardFor(input: HintInput, code: Code): [HintSummary, CodeDeadline] {
  const timing = codeTiming(code, input.now, usableTimeZone(input.timeZone));
  const { clock } = timing;
  const shown: Param = cleanText(code.code, 64) || { msg: msg('hint.codeFallback') };
  const card = (state: string, severity: Severity, title: HintSummary['title'], why: CodeDeadline['why']): [HintSummary, CodeDeadline] => [
    { id: hintId('code-deadline', code.id, state), kind: 'code-deadline', state, severity, title, subject: { type: 'code', id: code.id } },
    { code, clock, why },
  ];

  if (timing.expired) return card('expired', 'info', msg('hint.codeDeadline.expiredTitle', { code: shown, date: day(clock.expiresOn!) }), 'expired');
  if (timing.windowPassed && clock.activateBy) {
    return card('activation-window-passed', 'warning', msg('hint.codeDeadline.windowPassedTitle', { code: shown, date: day(clock.activateBy) }), 'window-passed');
  }
  // The nearer of the two deadlines is the one that matters.
  const activationFirst = clock.activationEnds !== null && (clock.expiresAt === null || clock.activationEnds.getTime() <= clock.expiresAt.getTime());
  const deadline = activationFirst ? clock.activationEnds : clock.expiresAt;
  const deadlineDay = activationFirst ? clock.activateBy : clock.expiresOn;
  if (!deadline || !deadlineDay) return card('waiting', 'info', msg('hint.codeDeadline.waitingTitle', { code: shown }), 'no-deadline');
  const days = daysUntil(deadline, input.now, usableTimeZone(input.timeZone));
  const which = activationFirst ? 'activate' : 'expires';
  const urgency = days <= 1 ? 'within-a-day' : days <= DEADLINE_SOON_DAYS ? 'soon' : null;
  const severity: Severity = urgency === 'within-a-day' ? 'critical' : urgency === 'soon' ? 'warning' : 'info';
  const title = activationFirst
    ? days <= 1
      ? msg('hint.codeDeadline.activateTitleToday', { code: shown, date: day(deadlineDay) })
      : msg('hint.codeDeadline.activateTitle', { code: shown, date: day(deadlineDay), count: days })
    : days <= 1
      ? msg('hint.codeDeadline.expiresTitleToday', { code: shown, date: day(deadlineDay) })
      : msg('hint.codeDeadline.expiresTitle', { code: shown, date: day(deadlineDay), count: days });
  return card(urgency ? `${which}-${urgency}` : 'waiting', severity, title, which);
}
