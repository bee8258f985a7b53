/** The code-deadline card's details: the code's dates, why its nearest deadline matters, and where to enter it. */
import type { Code } from '../../notes/schema';
import type { CodeClock } from '../../credit/code-window';
import { msg } from '../../i18n/message';
import { enterCodeSentence } from '../enter-code';
import { cleanText } from '../format';
import { day } from '../params';
import { enterCodeStep } from '../enter-code-step';
import type { DetailsOf, HintFact } from '../types';

export interface CodeDeadline {
  code: Code;
  clock: CodeClock;
  /** Which deadline the card is about: passed ones, none known, or the nearer of the two. */
  why: 'expired' | 'window-passed' | 'no-deadline' | 'activate' | 'expires';
}

export const codeDeadlineDetails: DetailsOf<CodeDeadline> = ({ code, clock, why }, input) => {
  const facts: HintFact[] = [
    { label: msg('fact.received'), value: day(code.receivedOn) },
    ...(clock.activateBy
      ? [{ label: msg('fact.activateBy'), value: clock.activateByFromNotes ? day(clock.activateBy) : { msg: msg('factValue.activateByComputed', { date: day(clock.activateBy) }) } }]
      : []),
    ...(clock.expiresOn ? [{ label: msg('fact.expires'), value: day(clock.expiresOn) }] : []),
  ];
  const source = cleanText(code.source, 80);
  if (source) facts.push({ label: msg('fact.from'), value: source });
  if (why === 'expired') return { explanation: [msg('hint.codeDeadline.expiredText')], facts, nextStep: null };
  const explanation =
    why === 'window-passed'
      ? [msg('hint.codeDeadline.windowPassedText', { date: day(clock.activateBy!) })]
      : why === 'no-deadline'
        ? [enterCodeSentence(input.reading)]
        : [msg(why === 'activate' ? 'hint.codeDeadline.activateWhy' : 'hint.codeDeadline.expiresWhy'), enterCodeSentence(input.reading), msg('hint.codeDeadline.onePromotion')];
  return { explanation, facts, nextStep: enterCodeStep(input, code) };
};
