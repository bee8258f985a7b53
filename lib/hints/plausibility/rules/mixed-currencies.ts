import { validCurrency } from '../../../credit/values';
import { doubt, type PlausibilityRule } from '../types';

/**
 * An ad account has one currency. Two on one page mean an amount was likely read from something
 * else (an exchange-rate note, another account in a picker) or a bare symbol ($, ¥) was taken for
 * the wrong currency.
 */
export const mixedCurrencies: PlausibilityRule = ({ reading }) => {
  const seen: string[] = [];
  const add = (code: string | null) => {
    const valid = validCurrency(code);
    if (valid && !seen.includes(valid)) seen.push(valid);
  };
  add(reading.currency);
  for (const amount of reading.amounts) add(amount.currency);
  for (const promotion of reading.promotions) add(promotion.currency);
  if (seen.length < 2) return [];
  return [doubt('mixed-currencies', { currencies: seen.join(' '), count: seen.length, pageCurrency: reading.currency })];
};
