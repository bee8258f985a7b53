/**
 * Amounts and page text for hint rules. Everything a rule reads from notes, observations or a reading
 * may be malformed (an old export, a page we misread), so parsing never throws: a value that does not
 * parse is unknown (null), and unknown is something every rule handles. Time (days, deadlines, windows)
 * is the credit clock's: lib/credit/. Amounts and dates are shown by the surface's translator, in its
 * language (lib/i18n/translate.ts): rules pass them as message parameters.
 */
export { currenciesDiffer, DAY_MS, HOUR_MS, parseInstant, toAmount, validCurrency } from '../credit/values';

/** Page and note text shown inside a hint: one line, no control or bidi characters, bounded. */
export function cleanText(text: unknown, max = 160): string {
  if (typeof text !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
