import { msg, type Msg } from '../../lib/i18n/message';
import { foldTyped } from '../../lib/hints/typed-text';

/**
 * "7, 1" -> [7, 1]: the days before a deadline when reminders fire. Pure, so every bad entry gets a
 * test and a message that names it.
 */
export type LeadDaysResult = { ok: true; days: number[] } | { ok: false; message: Msg };

export const MAX_LEAD_DAYS = 90;
export const MAX_REMINDERS = 10;

/** Between two numbers: the Latin comma and semicolon, the Arabic ones ("،", "؛"), and the CJK ones ("、", "，", "；"). */
const SEPARATORS = /[,;\s\u060c\u061b\u3001\uff0c\uff1b]+/;

export function parseLeadDays(text: string): LeadDaysResult {
  const days: number[] = [];
  for (const part of text.split(SEPARATORS)) {
    // Other digits as the keyboard types them ("٧", "７"); the message quotes the part as typed.
    const digits = foldTyped(part);
    // A part of invisible marks only (a pasted zero-width space) is no part.
    if (digits === '') continue;
    if (!/^\d+$/.test(digits)) return { ok: false, message: msg('options.reminders.notWhole', { value: part }) };
    const value = Number(digits);
    if (value > MAX_LEAD_DAYS) return { ok: false, message: msg('options.reminders.tooFar', { value: part, count: MAX_LEAD_DAYS }) };
    if (!days.includes(value)) days.push(value);
  }
  if (days.length > MAX_REMINDERS) return { ok: false, message: msg('options.reminders.tooMany', { count: MAX_REMINDERS }) };
  return { ok: true, days: days.sort((a, b) => b - a) };
}

export const formatLeadDays = (days: readonly number[]) => days.join(', ');
