import { describe, expect, it } from 'vitest';
import { BillingReading } from './reading';
import { ReadingValidator } from './validate-reading';

const reading = (): BillingReading => ({
  url: 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789',
  pageKind: 'payment',
  pageKindConfidence: 'high',
  language: 'en',
  accountId: '7234567890123456789',
  accountIdSource: 'url',
  businessCenterId: null,
  billingType: 'manual',
  currency: 'USD',
  accountBalance: null,
  cashBalance: '1234.50',
  creditBalance: '50.00',
  creditLine: null,
  spendSoFar: null,
  billingThreshold: null,
  nextBillDate: null,
  amounts: [
    { role: 'cashBalance', value: '1234.50', currency: 'USD', label: 'Cash balance', text: '$1,234.50' },
    { role: 'creditBalance', value: '50.00', currency: 'USD', label: 'Ad credit', text: '$50.00' },
  ],
  couponEntry: { kind: 'opener', selector: 'button', confidence: 0.8, signals: ['text:Redeem coupon (en)'], label: 'Redeem coupon' },
  messages: [],
  promotions: [],
  missing: [],
});

describe('validating readings field by field', () => {
  it('gives what the whole schema gives', () => {
    const input = reading();
    expect(new ReadingValidator().parse(input)).toEqual(BillingReading.parse(input));
  });

  it('keeps the validated parts whose values are the very ones seen before, and checks the rest', () => {
    const validator = new ReadingValidator();
    const first = reading();
    const before = validator.parse(first);
    const next = { ...first, creditBalance: '51.00', amounts: [first.amounts[0]!, { ...first.amounts[1]!, value: '51.00', text: '$51.00' }] };
    const after = validator.parse(next);
    expect(after.couponEntry).toBe(before.couponEntry);
    // The unchanged amount is the very object seen before: its validated copy is reused too.
    expect(after.amounts[0]).toBe(before.amounts[0]);
    expect(after.creditBalance).toBe('51.00');
    expect(after.amounts[1]!.value).toBe('51.00');
    expect(after).toEqual(BillingReading.parse(next));
  });

  it('reports a bad field with the whole schema\'s error, kept parts or not', () => {
    const validator = new ReadingValidator();
    const first = reading();
    validator.parse(first);
    const bad = { ...first, cashBalance: '1,234.50' };
    expect(() => validator.parse(bad)).toThrow(/decimal string/);
    expect(() => new ReadingValidator().parse({ ...first, currency: 'usd' })).toThrow(/ISO 4217/);
    expect(() => validator.parse({ ...first, amounts: [...first.amounts, { ...first.amounts[0]!, value: '12,00' }] })).toThrow(/decimal string/);
  });
});
