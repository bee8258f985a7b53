/**
 * Reads an amount the user typed ("1,250.50", "1 250,5", "1250") into the decimal string the notes
 * store. Money never passes through floating point. The locale's decimal mark decides what is
 * ambiguous ("1,250" is 1250 in English and 1.25 in German); a lone other mark followed by one or two
 * digits is still read as decimals, since nobody groups digits by two.
 */
import { minorUnits } from '../../lib/reader/money-currency';

export type AmountResult = { ok: true; value: string } | { ok: false; message: string };

export function decimalMark(locale?: string): '.' | ',' {
  try {
    const mark = new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
    return mark === ',' ? ',' : '.';
  } catch {
    return '.';
  }
}

export function fractionDigitsOf(currency: string | null): number {
  // Billing keeps ISO 4217 digits even where Intl shows fewer by habit (IDR, HUF...): the reader's rule.
  return (currency ? minorUnits(currency) : null) ?? 2;
}

export function parseAmountInput(text: string, options: { currency: string | null; locale?: string }): AmountResult {
  const raw = text.trim().replace(/[\s\u00a0\u202f'’]/g, '');
  const example = options.currency ? `e.g. 500 or 500.00 (${options.currency})` : 'e.g. 500 or 500.00';
  if (raw === '') return { ok: false, message: `Enter an amount, ${example}` };
  if (raw.startsWith('-')) return { ok: false, message: 'Enter an amount of zero or more' };
  if (!/^\d[\d.,]*$/.test(raw) || /[.,]$/.test(raw)) return { ok: false, message: `Enter digits only, ${example}` };

  const marks = [...raw.matchAll(/[.,]/g)].map((match) => match[0]);
  let decimal: string | null = null;
  if (new Set(marks).size === 2) {
    decimal = raw[Math.max(raw.lastIndexOf('.'), raw.lastIndexOf(','))]!;
  } else if (marks.length === 1) {
    const mark = marks[0]!;
    const after = raw.length - raw.indexOf(mark) - 1;
    decimal = mark === decimalMark(options.locale) || after !== 3 ? mark : null;
  } else if (marks.length > 1 && marks[0] === decimalMark(options.locale)) {
    return { ok: false, message: `That amount has more than one decimal mark; ${example}` };
  }
  const [whole, fraction = ''] = decimal ? splitLast(raw, decimal) : [raw, ''];
  const wholeDigits = whole.replace(/[.,]/g, '');
  if (decimal && /[.,]/.test(fraction)) return { ok: false, message: `That amount has more than one decimal mark; ${example}` };
  if (decimal && whole.includes(decimal)) return { ok: false, message: `That amount has more than one decimal mark; ${example}` };
  const allowed = fractionDigitsOf(options.currency);
  if (fraction.length > allowed) {
    return {
      ok: false,
      message:
        allowed === 0
          ? `${options.currency} amounts have no decimals`
          : `At most ${allowed} decimal${allowed === 1 ? '' : 's'}${options.currency ? ` for ${options.currency}` : ''}`,
    };
  }
  const normalizedWhole = wholeDigits.replace(/^0+(?=\d)/, '');
  if (normalizedWhole.length > 15) return { ok: false, message: 'That amount is too large' };
  return { ok: true, value: fraction ? `${normalizedWhole}.${fraction}` : normalizedWhole };
}

function splitLast(text: string, mark: string): [string, string] {
  const at = text.lastIndexOf(mark);
  return [text.slice(0, at), text.slice(at + 1)];
}
