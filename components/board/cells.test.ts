import { describe, expect, it } from 'vitest';
import { boardRows } from '../../lib/board/rows';
import { englishTranslator, readCatalog } from '../../lib/i18n/node-catalog';
import { createTranslator } from '../../lib/i18n/translate';
import { aCode, anAccount, anOffer } from '../../lib/notes/test-fixtures';
import { UI_LOCALES } from '../../lib/i18n/locales';
import { amountParts, boardCsv, cellTexts } from './cells';

const NOW = new Date('2026-11-24T12:00:00Z');
const ZONE = 'America/New_York';
const t = englishTranslator(ZONE);
const rows = boardRows(
  {
    accounts: [anAccount({ name: '=SUM(A1:A9)' })],
    offers: [anOffer({ activatedOn: '2026-11-10T00:00:00.000Z', qualifyBy: '2026-11-30' })],
    codes: [aCode({ receivedOn: '2026-11-13', amount: '100.00' })],
    notes: [], fixes: [],
  },
  {},
  NOW,
  ZONE,
);

describe('board cells', () => {
  it('a whole-day deadline shows its own day, not the midnight that ends it', () => {
    const code = cellTexts(rows.find((r) => r.kind === 'code')!, NOW, ZONE, t);
    expect(code.deadline).toBe('activate within 3 days');
    expect(code.deadlineDate).toMatch(/27/);
    expect(code.amount).toBe('$100.00');
    expect(code.nextStep).toBe('Enter the code in Billing');
  });

  it('an offer with no spend seen yet is at 0% and asks for spend after activation', () => {
    const offer = cellTexts(rows.find((r) => r.kind === 'offer')!, NOW, ZONE, t);
    expect(offer.progressPercent).toBe(0);
    expect(offer.progress).toBe('$0.00 / $500.00');
    expect(offer.nextStep).toBe('Start spending: only spend after activation counts');
  });

  it('an offer past its threshold says so, with no bar, in the list and in the CSV', () => {
    const [crossed] = boardRows(
      { accounts: [anAccount()], offers: [anOffer({ crossedOn: '2026-11-19T10:00:00.000Z' })], codes: [], notes: [], fixes: [] },
      {},
      NOW,
      ZONE,
    );
    const cells = cellTexts(crossed!, NOW, ZONE, t);
    expect([cells.progress, cells.progressPercent]).toEqual(['Threshold crossed', null]);
    expect(boardCsv([crossed!], NOW, ZONE, t).split('\r\n')[1]).toContain(',Threshold crossed,');
  });

  it('the CSV carries the same texts, a formula-like name defused', () => {
    const lines = boardCsv(rows, NOW, ZONE, t).slice(1).split('\r\n');
    expect(lines[0]).toBe('Account,Account ID,Item,Kind,State,Amount,Currency,Progress,Next deadline,Deadline date,Next step');
    const code = cellTexts(rows[1]!, NOW, ZONE, t);
    expect(lines[2]).toContain(`'=SUM(A1:A9),${code.accountId},${code.item},Promo code,To activate,$100.00,USD,`);
    expect(lines[2]).toContain(`,${code.deadline},`);
  });
});

describe('the CSV for a spreadsheet in the UI language', () => {
  it('is separated by semicolons where decimals take a comma, as Excel there expects, and by commas elsewhere', () => {
    const german = createTranslator('de', readCatalog('de', 'board'), { timeZone: ZONE });
    const [header, , code] = boardCsv(rows, NOW, ZONE, german).slice(1).split('\r\n');
    expect(header).toBe('Konto;Konto-ID;Eintrag;Art;Status;Betrag;Währung;Fortschritt;Nächste Frist;Fristdatum;Nächster Schritt');
    expect(code).toContain(`;${cellTexts(rows[1]!, NOW, ZONE, german).amount};USD;`);
    const japanese = createTranslator('ja', readCatalog('ja', 'board'), { timeZone: ZONE });
    expect(boardCsv(rows, NOW, ZONE, japanese).split('\r\n')[0]!.split(',')).toHaveLength(11);
  });
});

describe('remembered cell texts', () => {
  it('are the texts worked out afresh, for the same row, moment, zone and words', () => {
    for (const row of rows) {
      const first = cellTexts(row, NOW, ZONE, t);
      expect(cellTexts(row, new Date(NOW), ZONE, t)).toEqual(first);
      expect(cellTexts(row, NOW, ZONE, englishTranslator(ZONE))).toEqual(first);
    }
  });

  it('follow a new moment, a new time zone and new words', () => {
    const code = rows.find((r) => r.kind === 'code')!;
    expect(cellTexts(code, NOW, ZONE, t).deadline).toBe('activate within 3 days');
    expect(cellTexts(code, new Date('2026-11-26T12:00:00Z'), ZONE, t).deadline).toBe('activate by tomorrow');
    // 02:00 UTC on the 27th is still the 26th in New York, already the 27th in Tokyo: the deadline's day.
    const late = new Date('2026-11-27T02:00:00Z');
    expect(cellTexts(code, late, ZONE, t).deadline).not.toBe(cellTexts(code, late, 'Asia/Tokyo', englishTranslator('Asia/Tokyo')).deadline);
    expect(cellTexts(code, NOW, ZONE, t).deadline).toBe('activate within 3 days');
  });
});

describe('an amount in a narrow column', () => {
  it('may break between its number and its currency, in every UI language, and nowhere inside the number', () => {
    // Amounts are Intl's, by the language's tag: the words do not matter here.
    const words = readCatalog('en', 'board');
    const unspaced = (amount: string) => amount.replace(/[ \u00A0\u202F]/g, '');
    for (const locale of UI_LOCALES) {
      const t = createTranslator(locale, words, { timeZone: ZONE });
      for (const [money, currency] of [['12500.00', 'USD'], ['750.00', 'EUR'], ['1234567.50', 'USD'], ['5000', 'JPY']] as const) {
        const text = t.value({ money, currency });
        const parts = amountParts(text);
        const label = `${locale}: ${text} as ${JSON.stringify(parts)}`;
        // The same text, a space at most made breakable.
        expect(unspaced(parts.join('')), label).toBe(unspaced(text));
        expect(parts.join(''), label).toHaveLength(text.length);
        // The number whole in one part, the currency in the other, when the symbol is more than "$" or stands apart.
        expect(parts.filter((part) => /\d/.test(part)), label).toHaveLength(1);
        const symbol = text.replace(/[\d.,\s\u00A0\u202F\u200E\u200F\u2066-\u2069]/g, '');
        const apart = /[\u00A0\u202F](?!\d)|(?<!\d)[\u00A0\u202F]/.test(text);
        expect(parts, label).toHaveLength(apart || symbol.length > 1 ? 2 : 1);
      }
    }
  });
});
