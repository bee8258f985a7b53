import { msg, type Param } from '../i18n/message';
import type { Code } from '../notes/schema';
import { usableTimeZone } from '../credit/calendar';
import { codeTiming } from '../credit/code-window';
import { cleanText } from './format';
import { day } from './params';
import { inScope } from './scope';
import type { HintFact, HintInput } from './types';

/** Unused codes of the page's account that can still be activated, soonest deadline first. */
export function codesToActivate(input: HintInput): Code[] {
  return input.notes.codes
    .filter((code) => code.status === 'unused' && inScope(input, code.accountId))
    .map((code) => ({ code, timing: codeTiming(code, input.now, usableTimeZone(input.timeZone)) }))
    .filter(({ timing }) => !timing.expired && !timing.windowPassed)
    .sort((a, b) => (a.timing.clock.activationEnds?.getTime() ?? Infinity) - (b.timing.clock.activationEnds?.getTime() ?? Infinity))
    .map(({ code }) => code);
}

/** "WELCOME2026 (activate by Mar 15, 2026)", at most three, for a card's facts. */
export function codesFact(codes: readonly Code[], now: Date, timeZone?: string | null): HintFact | null {
  if (codes.length === 0) return null;
  const shown: Param[] = codes.slice(0, 3).map((code) => {
    const by = codeTiming(code, now, usableTimeZone(timeZone)).clock.activateBy;
    const text = cleanText(code.code, 64);
    return by ? { msg: msg('factValue.codeWithDeadline', { code: text, date: day(by) }) } : text;
  });
  if (codes.length > 3) shown.push({ msg: msg('factValue.andMore', { count: codes.length - 3 }) });
  return { label: msg('fact.codesToActivate', { count: codes.length }), value: { list: shown } };
}
