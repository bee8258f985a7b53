import { describe, expect, it } from 'vitest';
import { computeHints } from '../hints';
import { ACCOUNT, input, notes, observation, offer, reading } from '../hints/testing';
import { englishTranslator } from '../i18n/node-catalog';
import type { BillingReading, Promotion } from '../reader/reading';
import { pageMarks, type Mark } from './marks';

const t = englishTranslator();
const now = new Date('2026-03-03T00:00:00Z');
const creditAmount = { role: 'creditBalance' as const, value: '0.00', currency: 'USD', label: 'Ad credit', text: '$0.00' };
const promotion = (overrides: Partial<Promotion> = {}): Promotion => ({
  name: 'Spend $500, get $500',
  creditType: 'free',
  status: 'earning',
  amount: '500.00',
  usedAmount: null,
  currency: 'USD',
  validFrom: '2026-03-01',
  validUntil: null,
  selector: 'tbody > tr:nth-of-type(2)',
  ...overrides,
});
const marksFor = (page: BillingReading, spent: string | null, extra: Parameters<typeof input>[0] = {}) => {
  const hints = computeHints(
    input({ now, reading: page, notes: notes({ offers: [offer({ qualifyBy: '2026-03-15' })] }), observations: spent ? [observation('2026-03-02T09:30:00Z', { spendSoFar: spent })] : [], ...extra }),
  );
  return pageMarks(hints, page);
};
const english = (mark: Mark) => ({ kind: mark.kind, anchor: mark.anchor, text: t.t(mark.text) });

describe('marks beside the page\'s values', () => {
  it('a pending credit marks the page\'s ad credit balance with its amount and the day it is expected', () => {
    const marks = marksFor(reading({ creditBalance: '0.00', amounts: [creditAmount] }), '512.00');
    expect(marks.map(english)).toEqual([{ kind: 'balance', anchor: { type: 'amount', role: 'creditBalance' }, text: '$500.00 pending · expected Mar 4, 2026' }]);
    expect(marks[0]!.progress).toBeUndefined();
  });

  it('no credit balance read on the page: no balance mark (the dock still has the card)', () => {
    expect(marksFor(reading(), '512.00')).toEqual([]);
  });

  it('an earning offer marks the balance with spend toward the threshold, a bar and the time left to qualify', () => {
    const [mark] = marksFor(reading({ creditBalance: '0.00', amounts: [creditAmount] }), '200.00');
    expect(english(mark!)).toEqual({ kind: 'balance', anchor: { type: 'amount', role: 'creditBalance' }, text: 'earning · $200.00 of $500.00' });
    expect(mark!.progress).toMatchObject({ current: 200, target: 500, currency: 'USD' });
    expect(t.t(mark!.progress!.left!)).toBe('reach the threshold within 12 days');
  });

  it('an earning offer marks its promotion\'s row, found by name, without the bar', () => {
    const rows = [promotion({ name: 'Welcome credit', status: 'available' }), promotion()];
    const marks = marksFor(reading({ pageKind: 'promotions', promotions: rows }), '32.00');
    expect(marks.map(english)).toEqual([
      { kind: 'promotion', anchor: { type: 'promotion', index: 1, name: 'Spend $500, get $500', otherNames: ['Welcome credit'] }, text: 'earning · $32.00 of $500.00' },
    ]);
  });

  it('with no row of that name, the only earning row is the offer\'s; two earning rows and no name: no mark', () => {
    const one = [promotion({ name: 'Welcome credit', status: 'available' }), promotion({ name: 'Q1 spend bonus' })];
    expect(marksFor(reading({ pageKind: 'promotions', promotions: one }), '32.00').map((mark) => mark.anchor)).toMatchObject([{ type: 'promotion', index: 1, name: 'Q1 spend bonus' }]);
    const two = [promotion({ name: 'Q1 spend bonus' }), promotion({ name: 'Q2 spend bonus' })];
    expect(marksFor(reading({ pageKind: 'promotions', promotions: two }), '32.00')).toEqual([]);
  });

  it('assignable credit nothing was used from marks its row, by the row the hint shows', () => {
    const rows = [promotion({ name: 'Holiday ad credit', creditType: 'assignable', status: 'available', amount: '150.00', usedAmount: '0.00', validUntil: '2026-04-30', selector: 'tr.row-7' })];
    const page = reading({ pageKind: 'promotions', url: `https://ads.tiktok.com/i18n/account/promotions?aadvid=${ACCOUNT}`, promotions: rows });
    const marks = pageMarks(computeHints(input({ now, reading: page })), page);
    expect(marks.map(english)).toEqual([{ kind: 'promotion', anchor: { type: 'promotion', index: 0, name: 'Holiday ad credit', otherNames: [] }, text: '$150.00 · likely not assigned' }]);
  });

  it('on a page of cards (no selector), the assignable credit\'s row is found by its name', () => {
    const rows = [
      promotion({ name: 'Welcome credit', creditType: 'free', status: 'available', usedAmount: '20.00', selector: null }),
      promotion({ name: 'Holiday ad credit', creditType: 'assignable', status: 'available', amount: '150.00', usedAmount: '0.00', validUntil: '2026-04-30', selector: null }),
    ];
    const page = reading({ pageKind: 'promotions', url: `https://ads.tiktok.com/i18n/account/promotions?aadvid=${ACCOUNT}`, promotions: rows });
    expect(pageMarks(computeHints(input({ now, reading: page })), page).map((mark) => mark.anchor)).toMatchObject([{ type: 'promotion', index: 1, name: 'Holiday ad credit' }]);
  });

  it('a rejected code marks the page\'s message with its likeliest cause, said as likely', () => {
    const text = 'Another promotion is currently in progress on this account.';
    const page = reading({ messages: [{ text, kind: 'error', source: 'coupon-entry', nearCouponEntry: true }] });
    const marks = pageMarks(computeHints(input({ now, reading: page })), page);
    expect(marks.map(english)).toEqual([{ kind: 'rejection', anchor: { type: 'message', text }, text: 'likely: another promotion is active' }]);
  });

  it('one mark per element: the more urgent hint about it wins', () => {
    const page = reading({ creditBalance: '0.00', amounts: [creditAmount] });
    const hints = computeHints(
      input({ now, reading: page, notes: notes({ offers: [offer({ id: 'a' }), offer({ id: 'b', name: 'Second offer' })] }), observations: [observation('2026-03-02T09:30:00Z', { spendSoFar: '512.00' })] }),
    );
    expect(hints.filter((hint) => hint.kind === 'credit-status')).toHaveLength(2);
    expect(pageMarks(hints, page).map((mark) => mark.hintId)).toEqual([hints.find((hint) => hint.kind === 'credit-status')!.id]);
  });

  it('no reading, no marks', () => {
    expect(pageMarks([], null)).toEqual([]);
  });
});
