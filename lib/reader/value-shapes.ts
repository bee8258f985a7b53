/**
 * The shapes of the values a reading and the notes hold as text: an advertiser id, an instant, a
 * decimal amount and a currency code (a day, YYYY-MM-DD, is lib/iso-day.ts's). One home for each, and
 * no zod: the schemas check them at the trust boundary (reading.ts, lib/notes/schema.ts), and the code
 * that loads without zod (the credit clock, the message lookup, the forms, the links) reads them with
 * the same patterns, so nothing a schema accepts is read as missing elsewhere, or the other way round.
 */

/** A TikTok advertiser id (`aadvid`, an ad account): 6 to 25 digits. */
export const ADVERTISER_ID = /^\d{6,25}$/;
/** The same id inside a text, not part of a longer run of digits: its digits are the first group. */
export const ADVERTISER_ID_IN_TEXT = /(?<!\d)(\d{6,25})(?!\d)/;
/** A moment with its offset, as `Date.prototype.toISOString()` writes it (seconds and fraction optional). */
export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
/** A money amount as a plain decimal string: digits, one optional dot, optional leading minus. */
export const DECIMAL = /^-?\d+(\.\d+)?$/;
/** An ISO 4217 currency code's shape (USD); whether it names a currency is another question. */
export const CURRENCY_CODE = /^[A-Z]{3}$/;
