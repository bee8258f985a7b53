import { describe, expect, it } from 'vitest';
import { code, input, notes, reading, english } from '../testing';
import { couponEntryHints as computeCouponEntryHints } from './coupon-entry';

const couponEntryHints = english(computeCouponEntryHints);

const field = { kind: 'field' as const, selector: 'input#promo', confidence: 0.92, signals: ['label:promo code (en)'], label: 'Promo code' };

describe('coupon-entry hint', () => {
  it('points at the promo code field the reader found', () => {
    const [hint] = couponEntryHints(input({ reading: reading({ couponEntry: field }) }));
    expect(hint).toMatchObject({
      id: 'coupon-entry:page:field',
      kind: 'coupon-entry',
      state: 'field',
      title: 'Enter your promo code here',
      nextStep: { action: { type: 'scroll-to-coupon-entry' } },
    });
    expect(hint!.facts).toContainEqual({ label: 'Field', value: 'Promo code' });
    expect(hint!.explanation).toContain('never enters or submits');
  });

  it('points at the Redeem coupon button when the field is behind it', () => {
    const [hint] = couponEntryHints(input({ reading: reading({ couponEntry: { ...field, kind: 'opener', label: 'Redeem coupon' } }) }));
    expect(hint).toMatchObject({ state: 'opener', title: '“Redeem coupon” opens the promo code entry' });
  });

  it('hedges when the reader is unsure', () => {
    const [hint] = couponEntryHints(input({ reading: reading({ couponEntry: { ...field, confidence: 0.4 } }) }));
    expect(hint!.explanation).toMatch(/^This may be/);
  });

  it('lists the saved codes waiting to be activated, soonest deadline first', () => {
    const codes = [code({ id: 'a', code: 'LATER', receivedOn: '2026-03-08' }), code({ id: 'b', code: 'SOONER', receivedOn: '2026-03-01' })];
    const [hint] = couponEntryHints(input({ reading: reading({ couponEntry: field }), notes: notes({ codes }) }));
    expect(hint!.facts).toContainEqual({ label: 'Saved codes to activate', value: 'SOONER (activate by Mar 15, 2026) and LATER (activate by Mar 22, 2026)' });
  });

  it('says nothing without a page or without an entry', () => {
    expect(couponEntryHints(input({ reading: null }))).toEqual([]);
    expect(couponEntryHints(input())).toEqual([]);
  });
});
