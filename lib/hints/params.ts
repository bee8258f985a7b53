/**
 * Values for hint messages, formatted later in the surface's language (lib/i18n/translate.ts). An
 * invalid instant stays an invalid string, which the lookup shows as "unknown" rather than throwing.
 */
import type { Param } from '../i18n/message';

export const money = (value: number | string | null, currency: string | null): Param => ({ money: value, currency });
export const day = (isoDate: string): Param => ({ day: isoDate });
const iso = (date: Date) => (Number.isFinite(date.getTime()) ? date.toISOString() : 'invalid');
/** Date and time in the user's time zone. */
export const time = (date: Date): Param => ({ time: iso(date) });
/** The calendar day an instant falls on in the user's time zone. */
export const dateOf = (date: Date): Param => ({ date: iso(date) });
