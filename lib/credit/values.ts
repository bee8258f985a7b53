/**
 * Reading the values the credit clock and the hint rules work with: instants, amounts and currency
 * codes from notes, observations or a reading, any of which may be malformed. Never throws: what does
 * not parse is null. Kept apart from the hints' display formatting (lib/hints/format.ts) so the clock,
 * which the popup and the background load up front, does not bring the formatters with it.
 */
import { CURRENCY_CODE, DECIMAL, ISO_INSTANT } from '../reader/value-shapes';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** An instant written as `toISOString()` writes it (with an offset), or null. */
export function parseInstant(text: string | null | undefined): Date | null {
  if (typeof text !== 'string' || !ISO_INSTANT.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isFinite(ms) ? new Date(ms) : null;
}

/** A decimal string as a number for comparisons and ratios; display goes through `Formatter.money`. */
export function toAmount(text: string | null | undefined): number | null {
  if (typeof text !== 'string' || !DECIMAL.test(text)) return null;
  const n = Number.parseFloat(text);
  return Number.isFinite(n) ? n : null;
}

export function validCurrency(code: string | null | undefined): string | null {
  return typeof code === 'string' && CURRENCY_CODE.test(code) ? code : null;
}

/** Both known and different: the one case where amounts must not be compared. */
export function currenciesDiffer(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = validCurrency(a);
  const y = validCurrency(b);
  return x !== null && y !== null && x !== y;
}
