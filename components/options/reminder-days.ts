import { msg, type Msg } from '../../lib/i18n/message';

/**
 * "7, 1" -> [7, 1]: the days before a deadline when reminders fire. Pure, so every bad entry gets a
 * test and a message that names it.
 */
export type LeadDaysResult = { ok: true; days: number[] } | { ok: false; message: Msg };

export const MAX_LEAD_DAYS = 90;
export const MAX_REMINDERS = 10;

export function parseLeadDays(text: string): LeadDaysResult {
  const parts = text
    .split(/[,;\s]+/)
    .map((part) => part.trim())
    .filter(Boolean);
  const days: number[] = [];
  for (const part of parts) {
    if (!/^\d+$/.test(part)) return { ok: false, message: msg('options.reminders.notWhole', { value: part }) };
    const value = Number(part);
    if (value > MAX_LEAD_DAYS) return { ok: false, message: msg('options.reminders.tooFar', { value: part, count: MAX_LEAD_DAYS }) };
    if (!days.includes(value)) days.push(value);
  }
  if (days.length > MAX_REMINDERS) return { ok: false, message: msg('options.reminders.tooMany', { count: MAX_REMINDERS }) };
  return { ok: true, days: days.sort((a, b) => b - a) };
}

export const formatLeadDays = (days: readonly number[]) => days.join(', ');
