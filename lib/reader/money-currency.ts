import { INTL_LOCALE_FACTS_OF, INTL_MINOR_UNITS } from './intl-facts';
import { type CurrencyToken, foldText } from './money-data';

/**
 * What Intl knows about currencies and locales, asked once per key: a locale's decimal mark, a
 * currency's minor units, and which currency an ambiguous symbol ("$", "kr") stands for. The
 * answers for the common locales and currencies are written down (intl-facts.ts), so a first read
 * does not pay for Intl's set-up.
 */

// Pure, so a bundle that only needs `minorUnits` (the popup's amounts) leaves the locale tables out.
export const localeDecimal = /* @__PURE__ */ memo((locale: string): string | null => {
  const known = INTL_LOCALE_FACTS_OF.get(locale);
  if (known) return known.decimal;
  try {
    const decimal = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
    return decimal ? foldText(decimal) : null;
  } catch {
    return null; // not a locale Intl knows: decide without it
  }
});

// ISO 4217 minor units where CLDR (and so Intl) shows fewer digits by habit: billing amounts
// (and TikTok's API) keep the ISO digits, so "Rp 500.000" is 500000.00.
const ISO_MINOR_UNITS: Record<string, number> = { IDR: 2, HUF: 2, COP: 2, PKR: 2 };

/** How many fraction digits an amount in this currency carries (ISO 4217). */
export const minorUnits = memo((currency: string): number | null => {
  if (currency in ISO_MINOR_UNITS) return ISO_MINOR_UNITS[currency]!;
  if (Object.hasOwn(INTL_MINOR_UNITS, currency)) return INTL_MINOR_UNITS[currency]!;
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? null;
  } catch {
    return null;
  }
});

/** The candidate whose own symbol in this locale is exactly the token, e.g. "$" in es-MX is MXN. */
const localeCurrencyFor = /* @__PURE__ */ memo((key: string): string | null => {
  const [locale = '', token = '', ...candidates] = key.split('\u0000');
  const matching = candidates.filter((c) => {
    try {
      const part = new Intl.NumberFormat(locale, { style: 'currency', currency: c }).formatToParts(1).find((p) => p.type === 'currency');
      return part !== undefined && foldText(part.value).trim() === token;
    } catch {
      return false;
    }
  });
  return matching.length === 1 ? matching[0]! : null;
});

export function resolveCurrency(token: CurrencyToken, locale: string | null, hintCurrency: string | null): string {
  const { text, candidates } = token;
  if (candidates.length === 1) return candidates[0]!;
  if (hintCurrency && candidates.includes(hintCurrency)) return hintCurrency;
  if (locale) {
    const written = INTL_LOCALE_FACTS_OF.get(locale)?.symbols;
    const byLocale = written && Object.hasOwn(written, text) ? written[text]! : localeCurrencyFor([locale, text, ...candidates].join('\u0000'));
    if (byLocale) return byLocale;
  }
  return candidates[0]!;
}

function memo<T>(fn: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) {
      if (cache.size > 500) cache.clear(); // hints come from pages; keep the cache bounded
      cache.set(key, fn(key));
    }
    return cache.get(key)!;
  };
}
