/**
 * The run-time lookup. `chrome.i18n` only follows the browser's language and cannot switch without a
 * reload, while the overlay follows the page's language and the Language setting applies at once, so
 * rendering is ours: a catalogue (one language, loaded on its own) and Intl in that locale for plural
 * forms, numbers, amounts and dates. Never throws: a missing key shows the key, a bad value shows as
 * unknown, so a translation slip cannot take a hint away.
 */
import { utcDayOf } from '../iso-day';
import { minorUnits } from '../reader/money';
import { usableTimeZone } from '../time-zone';
import type { CatalogLoader, TranslatorLoader } from './catalog';
import type { Catalog, CatalogEntry, PluralCategory } from './catalog-shape';
import { directionOf, intlTag, type UiLocale } from './locales';
import type { Msg, Param } from './message';
import { CURRENCY_CODE, DECIMAL } from '../reader/value-shapes';

/** A rendered message: text, and the parameters' values as their own parts (the UI isolates them: `<bdi>`). */
export type Part = { text: string; param?: false } | { text: string; param: true };

export interface Translator {
  locale: UiLocale;
  dir: 'ltr' | 'rtl';
  timeZone: string;
  t(message: Msg): string;
  parts(message: Msg): Part[];
  value(param: Param): string;
}

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/** `make()`'s value, made on the first call. */
function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

function cached<T>(build: (key: string) => T): (key: string) => T {
  const map = new Map<string, T>();
  return (key) => {
    let value = map.get(key);
    if (value === undefined) {
      value = build(key);
      map.set(key, value);
    }
    return value;
  };
}

const RELATIVE_UNITS = new Set<string>(['day', 'hour', 'minute', 'second']);

export function createTranslator(locale: UiLocale, catalog: Catalog, options: { timeZone?: string | null } = {}): Translator {
  const tag = intlTag(locale);
  const timeZone = usableTimeZone(options.timeZone);
  // Each made on first use: a board or a popup draws with a few of them, and some cost tens of ms to
  // make the first time (ICU loads a list's or a language name's data), on the way to the first paint.
  const plural = lazy(() => new Intl.PluralRules(tag));
  const numbers = lazy(() => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }));
  const moneyFormat = cached((currency) => {
    if (!currency) return new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    const digits = minorUnits(currency) ?? 2;
    return new Intl.NumberFormat(tag, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  });
  const dayFormat = lazy(() => new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }));
  const monthFormat = lazy(() => new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }));
  const dateFormat = lazy(() => new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'short', day: 'numeric', timeZone }));
  const timeFormat = lazy(
    () =>
      new Intl.DateTimeFormat(tag, {
        year: 'numeric',
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone,
        timeZoneName: 'short',
      }),
  );
  const lists = lazy(() => new Intl.ListFormat(tag, { type: 'conjunction' }));
  const relative = lazy(() => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }));
  const languages = lazy(() => {
    try {
      return new Intl.DisplayNames([tag], { type: 'language' });
    } catch {
      return null;
    }
  });
  const unknown = () => text(catalog['common.unknown']) ?? 'unknown';
  const dir = directionOf(locale);
  const rtl = dir === 'rtl';

  function text(entry: CatalogEntry | undefined, count?: number): string | null {
    if (entry === undefined) return null;
    if (typeof entry === 'string') return entry;
    const category = (typeof count === 'number' && Number.isFinite(count) ? plural().select(count) : 'other') as PluralCategory;
    return entry[category] ?? entry.other ?? null;
  }

  // Formatted amounts and dates, remembered: a board draws the same few amounts and days in every row
  // and bar, and Intl's format is the slow step of a cell's text. Kept small for a long-lived page.
  const formatted = new Map<string, string>();
  const remembered = (key: string, format: () => string): string => {
    let text = formatted.get(key);
    if (text === undefined) {
      if (formatted.size >= 2_000) formatted.clear();
      text = format();
      formatted.set(key, text);
    }
    return text;
  };

  /** A date-only value in `format`; a day that does not exist is shown as written, never as the day Date would roll it into. */
  const onDay = (day: string, key: string, format: () => Intl.DateTimeFormat): string => {
    const at = utcDayOf(day);
    return at !== null ? remembered(`${key}${at}`, () => format().format(at)) : String(day).slice(0, 40);
  };

  function value(param: Param): string {
    if (typeof param === 'string') return param;
    if (typeof param === 'number') return Number.isFinite(param) ? numbers().format(param) : unknown();
    if (typeof param !== 'object' || param === null) return unknown();
    if ('money' in param) {
      const amount = param.money;
      if (amount === null || (typeof amount === 'number' && !Number.isFinite(amount)) || (typeof amount === 'string' && !DECIMAL.test(amount))) return unknown();
      const currency = typeof param.currency === 'string' && CURRENCY_CODE.test(param.currency) ? param.currency : '';
      return remembered(`m${currency} ${typeof amount}${Object.is(amount, -0) ? '-0' : amount}`, () => {
        try {
          // A decimal string keeps every digit (Intl formats it exactly).
          const shown = moneyFormat(currency).format(amount as number | `${number}`);
          return rtl ? shown.replace(LATIN_SYMBOL, '\u2066$&\u2069') : shown;
        } catch {
          return currency ? `${amount} ${currency}` : String(amount);
        }
      });
    }
    if ('day' in param) return onDay(param.day, 'd', dayFormat);
    if ('month' in param) return onDay(param.month, 'M', monthFormat);
    if ('time' in param || 'date' in param) {
      const at = Date.parse('time' in param ? param.time : param.date);
      if (!Number.isFinite(at)) return unknown();
      return 'time' in param ? remembered(`t${at}`, () => timeFormat().format(at)) : remembered(`D${at}`, () => dateFormat().format(at));
    }
    if ('relative' in param) {
      const unit = RELATIVE_UNITS.has(param.unit) ? param.unit : null;
      return unit && Number.isFinite(param.relative) ? relative().format(Math.round(param.relative), unit) : unknown();
    }
    if ('msg' in param) return t(param.msg);
    if ('list' in param) return lists().format(param.list.map(value));
    if ('language' in param) return languages()?.of(param.language) ?? param.language;
    return unknown();
  }

  function parts(message: Msg): Part[] {
    const params = message.params ?? {};
    const count = params.count;
    const template = text(catalog[message.key], typeof count === 'number' ? count : undefined);
    if (template === null) return [{ text: message.key }];
    const out: Part[] = [];
    let last = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      const name = match[1]!;
      if (match.index > last) out.push({ text: template.slice(last, match.index) });
      out.push(Object.hasOwn(params, name) ? { text: value(params[name]!), param: true } : { text: match[0] });
      last = match.index + match[0].length;
    }
    if (last < template.length) out.push({ text: template.slice(last) });
    return out;
  }

  function t(message: Msg): string {
    return parts(message)
      .map((part) => part.text)
      .join('');
  }

  return { locale, dir, timeZone, t, parts, value };
}

/**
 * A currency symbol in Latin letters ("US$", "CA$"), to set apart as a left-to-right run in a
 * right-to-left text: left in the text, the bidi algorithm gives its "$" the paragraph's direction and
 * shows "200.00 US$" as "$US 200.00" (seen in Chromium, Arabic board and dock). Intl writes the number
 * without letters, so the only run of them is the symbol.
 */
const LATIN_SYMBOL = /[A-Za-z]\S*/;

/** A surface's TranslatorLoader over a catalogue loader (the overlay's: its lookup is in the Billing module already). */
export const translatorLoader =
  (load: CatalogLoader): TranslatorLoader =>
  async (locale, timeZone) => {
    const { locale: loaded, catalog } = await load(locale);
    return createTranslator(loaded, catalog, { timeZone });
  };
