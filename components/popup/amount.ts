/**
 * Reads an amount the user typed ("1,250.50", "1 250,5", "1250") into the decimal string the notes
 * store. Money never passes through floating point. The locale's decimal mark decides what is
 * ambiguous ("1,250" is 1250 in English and 1.25 in German); a lone other mark followed by one or two
 * digits is still read as decimals, since nobody groups digits by two.
 */
import { msg, type Msg } from '../../lib/i18n/message';
import { minorUnits } from '../../lib/reader/money-currency';
import { foldTyped } from '../../lib/hints/typed-text';

export type AmountResult = { ok: true; value: string } | { ok: false; message: Msg };

export function decimalMark(locale?: string): '.' | ',' {
  try {
    const mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
    return mark === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

/**
 * A stored amount ("1250.5") as a user of `locale` types it ("1250,5" in German), so that reading it
 * back gives the same value: left with its dot, a German reader takes "12.500" dinars for 12,500.
 */
export function amountInputText(value: string, locale?: string): string {
  return decimalMark(locale) === ',' ? value.replace('.', ',') : value;
}

export function fractionDigitsOf(currency: string | null): number {
  // Billing keeps ISO 4217 digits even where Intl shows fewer by habit (IDR, HUF...): the reader's rule.
  return (currency ? minorUnits(currency) : null) ?? 2;
}

export function parseAmountInput(text: string, options: { currency: string | null; locale?: string }): AmountResult {
  // As a keyboard in the user's language types it: Arabic-Indic or fullwidth digits (an Arabic layout,
  // a Japanese input method), "٫" for the decimal mark and "٬" between thousands.
  const raw = foldTyped(text).replace(/٫/g, decimalMark(options.locale)).trim().replace(/[\s'’٬]/g, '');
  const currency = options.currency;
  const example = { msg: currency ? msg('form.amount.exampleIn', { currency }) : msg('form.amount.example') };
  if (raw === '') return { ok: false, message: msg('form.amount.missing', { example }) };
  if (raw.startsWith('-')) return { ok: false, message: msg('form.amount.negative') };
  if (!/^\d[\d.,]*$/.test(raw) || /[.,]$/.test(raw)) return { ok: false, message: msg('form.amount.digitsOnly', { example }) };
  const twoMarks = { ok: false, message: msg('form.amount.twoMarks', { example }) } as const;

  const marks = [...raw.matchAll(/[.,]/g)].map((match) => match[0]);
  let decimal: string | null = null;
  if (new Set(marks).size === 2) {
    decimal = raw[Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','))]!;
  } else if (marks.length === 1) {
    const mark = marks[0]!;
    const after = raw.length - raw.indexOf(mark) - 1;
    decimal = mark === decimalMark(options.locale) || after !== 3 ? mark : null;
  } else if (marks.length > 1 && marks[0] === decimalMark(options.locale)) {
    return twoMarks;
  }
  const [whole, fraction = ''] = decimal ? splitLast(raw, decimal) : [raw, ''];
  const wholeDigits = whole.replace(/[.,]/g, '');
  if (decimal && /[.,]/.test(fraction)) return twoMarks;
  if (decimal && whole.includes(decimal)) return twoMarks;
  const allowed = fractionDigitsOf(currency);
  if (fraction.length > allowed) {
    // No decimals at all only happens with a currency (without one, two are allowed).
    if (allowed === 0 && currency) return { ok: false, message: msg('form.amount.noDecimals', { currency }) };
    return { ok: false, message: currency ? msg('form.amount.maxDecimalsIn', { count: allowed, currency }) : msg('form.amount.maxDecimals', { count: allowed }) };
  }
  const normalizedWhole = wholeDigits.replace(/^0+(?=\d)/, '');
  if (normalizedWhole.length > 15) return { ok: false, message: msg('form.amount.tooLarge') };
  return { ok: true, value: fraction ? `${normalizedWhole}.${fraction}` : normalizedWhole };
}

function splitLast(text: string, mark: string): [string, string] {
  const at = text.lastIndexOf(mark);
  return [text.slice(0, at), text.slice(at + 1)];
}
