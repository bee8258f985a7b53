import { describe, expect, it } from 'vitest';
import type { Concept } from './concepts';
import { LANGUAGE_CODES, matchConcepts, normalizeText, type LanguageCode } from './index';
import { LANGUAGE_PACKS } from '../../tests/support/all-languages';

/**
 * The labels public sources show on the real pages (DOMAIN.md, "What public sources show about the
 * real pages"), each read as its concept in its own language, and exactly (the whole label).
 */
const SEEN: readonly (readonly [LanguageCode, string, Concept, boolean?])[] = [
  ['en', 'Spending so far for current billing cycle', 'spendSoFar'],
  ['en', 'Next billing date', 'nextBillDate'],
  ['en', 'Or when ad spending reaches', 'billingThreshold'],
  ['en', 'Account Balance', 'accountBalance'],
  ['en', 'Remaining', 'colUnusedAmount'],
  ['en', 'Cash Balance', 'cashBalance'],
  ['en', 'Voucher Balance', 'creditBalance'],
  ['en', 'Available cash balance', 'cashBalance'],
  ['en', 'Total ad credit balance', 'creditBalance'],
  ['en', 'Add Balance', 'fieldAmount'],
  ['en', 'Make Payment', 'paymentAction'],
  // A button caption with an icon character before the words.
  ['en', '+ Add Payment Method', 'paymentAction', false],
  ['en', 'Ad credit name', 'colPromotionName'],
  ['en', 'Credit type', 'colCreditType'],
  ['en', 'Usage requirements', 'colUsageRequirements'],
  ['en', 'Valid dates', 'colValidPeriod'],
  ['en', 'Unused amount', 'colUnusedAmount'],
  ['en', 'Used amount', 'colUsedAmount'],
  ['en', 'View/Assign', 'assignAction'],
  ['en', 'Assignment log', 'assignAction'],
  ['en', 'Summary', 'tabSummary'],
  ['en', 'Redeem Coupon', 'couponOpener'],
  ['en', 'Activate', 'activate'],
  ['en', 'Credit line', 'creditLineLimit'],
  ['en', 'Available credit', 'creditLineAvailable'],
  ['en', 'Credit balance', 'creditLineAvailable'],
  ['ja', '現金残高', 'cashBalance'],
  ['ja', '広告クレジット', 'creditBalance'],
  ['ja', '手動払い', 'manualPayment'],
  ['ja', '自動払い', 'automaticPayment'],
  ['ja', '請求値', 'billingThreshold'],
  ['ja', '取引明細', 'pageTransactions'],
  ['ko', '현재까지 지출', 'spendSoFar'],
  ['ko', '현금 잔액', 'cashBalance'],
  ['ko', '자동 결제', 'automaticPayment'],
  ['ko', '수동 결제', 'manualPayment'],
  ['ko', '월간 송장', 'monthlyInvoicing'],
  ['vi', 'Khuyến mãi', 'pagePromotions'],
  ['vi', 'Có sẵn', 'tabAvailable'],
  ['vi', 'Thông tin phiếu giảm giá', 'colPromotionName'],
  ['vi', 'Giá trị', 'colAmount'],
  ['id', 'saldo tunai', 'cashBalance'],
  ['id', 'Kredit Iklan', 'creditBalance'],
  ['id', 'Tambah Saldo', 'fieldAmount'],
  ['th', 'ยอดเงินสดคงเหลือ', 'cashBalance'],
  ['th', 'ยอดเครดิตคงเหลือ', 'creditBalance'],
  ['de', 'Anzeigenguthaben', 'creditBalance'],
  ['de', 'Jetzt bezahlen', 'paymentAction'],
  ['fr', 'Voir/Attribuer', 'assignAction'],
  ['it', 'Spesa finora', 'spendSoFar'],
  ['ru', 'Сводка', 'tabSummary'],
  ['ru', 'Пополнить баланс', 'fieldAmount'],
  ['ms', 'baki tunai', 'cashBalance'],
  ['ms', 'kredit iklan', 'creditBalance'],
];

const pack = (lang: LanguageCode) => LANGUAGE_PACKS.find((candidate) => candidate.lang === lang)!;

describe('labels seen on the real pages', () => {
  for (const [lang, text, concept, exact = true] of SEEN) it(`${lang}: "${text}" is ${concept}`, () => {
    expect(matchConcepts(text)[0]).toMatchObject({ concept, exact });
    // In its own language's pack, not only in a neighbour's (Malay and Indonesian share words).
    const own = (pack(lang).terms[concept] ?? []).map(normalizeText);
    expect(own.some((phrase) => normalizeText(text).includes(phrase))).toBe(true);
  });
});

describe('spend so far "for current billing cycle", in every language', () => {
  it.each(LANGUAGE_CODES.map((lang) => [lang]))('%s has a billing-cycle form read as spend so far, not as billing', (lang) => {
    const forms = (pack(lang).terms.spendSoFar ?? []).filter((phrase) => /cycle|ciclo|cycl|zykl|siklus|kitaran|chu kỳ|รอบ|サイクル|주기|周期|週期|دورة|döngü|цикл|cyklu/iu.test(phrase));
    expect(forms.length).toBeGreaterThan(0);
    for (const form of forms) expect(matchConcepts(form)[0]).toMatchObject({ concept: 'spendSoFar', exact: true });
  });
});

describe('credit line, ad credit and amount columns in every language', () => {
  it.each(LANGUAGE_CODES.map((lang) => [lang]))('%s names a credit line apart from ad credit, and a promotion amount column', (lang) => {
    const terms = pack(lang).terms;
    for (const concept of ['creditLineLimit', 'creditLineAvailable', 'colAmount', 'tabSummary', 'assignAction'] as const) {
      expect(terms[concept]?.length, `${lang}.${concept}`).toBeGreaterThan(0);
    }
    // No phrase of a credit line reads as ad credit, in any language the matcher knows.
    for (const phrase of [...terms.creditLineLimit!, ...terms.creditLineAvailable!]) {
      expect(matchConcepts(phrase).map((match) => match.concept), phrase).not.toContain('creditBalance');
    }
  });

  it('reads "Credit balance" as a credit line, never as ad credit (TikTok\'s own wording)', () => {
    const concepts = matchConcepts('Credit balance').map((match) => match.concept);
    expect(concepts).toContain('creditLineAvailable');
    expect(concepts).not.toContain('creditBalance');
  });
});
