import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../lexicon';
import { INTL_LOCALE_FACTS_OF, INTL_MINOR_UNITS, LOCALE_FACTS } from './intl-facts';
import { intlLocaleFor } from './locale';
import { SYMBOLS } from './money-data';

/** The facts as Intl gives them, computed the way money-currency.ts and dates.ts asked before. */
function decimalByIntl(locale: string): string | undefined {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
}

function monthFirstByIntl(locale: string): boolean {
  const types = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(Date.UTC(2026, 10, 24, 12)))
    .map((part) => part.type);
  return types.indexOf('month') < types.indexOf('day');
}

function symbolByIntl(locale: string, symbol: string, candidates: readonly string[]): string | null {
  const matching = candidates.filter((currency) => {
    const part = new Intl.NumberFormat(locale, { style: 'currency', currency }).formatToParts(1).find((p) => p.type === 'currency');
    return part !== undefined && part.value.trim() === symbol;
  });
  return matching.length === 1 ? matching[0]! : null;
}

const AMBIGUOUS = Object.entries(SYMBOLS).filter(([, spec]) => spec.candidates.length > 1);

describe('the Intl answers written down for a cheap first read', () => {
  it('parses each lexicon language in its market locale, and knows that locale by its name', () => {
    for (const language of LANGUAGE_CODES) {
      const locale = intlLocaleFor(null, language);
      expect({ language, locale }).toEqual({ language, locale: LOCALE_FACTS[language].locale });
      expect(INTL_LOCALE_FACTS_OF.get(locale!)).toBe(LOCALE_FACTS[language]);
    }
    expect(new Set(Object.values(LOCALE_FACTS).map((facts) => facts.locale)).size).toBe(LANGUAGE_CODES.length);
  });

  const byLocale = Object.values(LOCALE_FACTS).map((facts) => [facts.locale, facts] as const);

  it.each(byLocale)('%s: the decimal mark and date order Intl uses', (locale, facts) => {
    expect(facts.decimal).toBe(decimalByIntl(locale));
    expect(facts.monthFirst).toBe(monthFirstByIntl(locale));
  });

  it.each(byLocale)('%s: which currency each ambiguous symbol stands for, every such symbol listed', (locale, facts) => {
    expect(Object.keys(facts.symbols).sort()).toEqual(AMBIGUOUS.map(([symbol]) => symbol).sort());
    for (const [symbol, spec] of AMBIGUOUS) expect({ symbol, currency: facts.symbols[symbol] }).toEqual({ symbol, currency: symbolByIntl(locale, symbol, spec.candidates) });
  });

  it('gives each listed currency the fraction digits Intl gives it, and lists every currency a symbol stands for', () => {
    for (const [currency, digits] of Object.entries(INTL_MINOR_UNITS)) {
      expect({ currency, digits }).toEqual({ currency, digits: new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits });
    }
    for (const spec of Object.values(SYMBOLS)) for (const currency of spec.candidates) expect(Object.keys(INTL_MINOR_UNITS)).toContain(currency);
  });
});
