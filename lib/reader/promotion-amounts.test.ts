import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES, type LanguageCode } from '../lexicon';
import { readPromotions } from './qualify-promotions';
import type { TableRecord } from './records';
import { LANGUAGE_PACKS } from '../../tests/support/all-languages';

const pack = (lang: LanguageCode) => LANGUAGE_PACKS.find((candidate) => candidate.lang === lang)!.terms;

/** A promotions table in one language: name, credit type, validity and an amount column named `amountHeader`. */
function table(lang: LanguageCode, amountHeader: string): TableRecord {
  const terms = pack(lang);
  return {
    headers: [terms.colPromotionName![0]!, terms.colCreditType![0]!, terms.colValidPeriod![0]!, amountHeader],
    rows: [[['Welcome credit 2026'], [terms.creditFree![0]!], ['2026-11-01 ~ 2027-01-31'], ['USD 150.00']]],
    rowKeys: [0],
  };
}

describe('a promotion amount from any amount-like column', () => {
  it.each(LANGUAGE_CODES.map((lang) => [lang]))('%s: every value / amount / discount column gives the amount', (lang) => {
    for (const header of pack(lang).colAmount!) {
      const [promotion] = readPromotions([table(lang, header)], [], [], { currency: 'USD' });
      expect(promotion, `${lang}: "${header}"`).toMatchObject({ name: 'Welcome credit 2026', amount: '150.00', currency: 'USD' });
    }
  });

  it.each([
    ['pt-BR', 'Valor'],
    ['vi', 'Giá trị'],
    ['vi', 'Số tiền'],
    ['en', 'Amount'],
    ['en', 'Discount / amount'],
    ['es', 'Importe'],
    ['ja', '金額'],
    ['zh-Hans', '金额'],
  ] as const)('%s: a "%s" column', (lang, header) => {
    expect(readPromotions([table(lang, header)], [], [], { currency: 'USD' })[0]?.amount).toBe('150.00');
  });

  it('prefers the unused amount over the value when a table shows both', () => {
    const both: TableRecord = {
      headers: ['Ad credit name', 'Credit type', 'Valid dates', 'Value', 'Unused amount', 'Used amount'],
      rows: [[['Spring credit'], ['Assignable'], ['2026-11-01 ~ 2027-01-31'], ['$500.00'], ['$320.00'], ['$180.00']]],
      rowKeys: [0],
    };
    expect(readPromotions([both], [], [], { currency: 'USD' })[0]).toMatchObject({ amount: '320.00', usedAmount: '180.00', creditType: 'assignable' });
  });
});
