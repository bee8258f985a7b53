import { describe, expect, it } from 'vitest';
import { chooseCouponEntry, FIELD_THRESHOLD, scoreInput } from './qualify-coupon-entry';
import type { ControlRecord, InputRecord } from './records';

let nextKey = 0;
function input(overrides: Partial<InputRecord>): InputRecord {
  return {
    key: nextKey++,
    tag: 'input',
    type: 'text',
    name: '',
    idAttribute: '',
    placeholder: '',
    ariaLabel: '',
    labelText: '',
    describedBy: '',
    describedByShown: '',
    autocomplete: '',
    inputMode: '',
    maxLength: null,
    textBefore: [],
    textAfter: [],
    inDialog: false,
    dialogTitle: '',
    inShadowRoot: false,
    visible: true,
    disabled: false,
    readOnly: false,
    invalid: false,
    ...overrides,
  };
}

function control(overrides: Partial<ControlRecord>): ControlRecord {
  return { key: nextKey++, text: '', ariaLabel: '', title: '', href: null, visible: true, inDialog: false, ...overrides };
}

describe('scoring the coupon / promo code field', () => {
  it('reads a label in the text before the field even when a long sentence and a title come before it', () => {
    // The field's own label ("Coupon code") with no <label for>, then the dialog's help sentence and title.
    const textBefore = [
      'Coupon code',
      'Enter the code you received by e-mail. A code must be activated within 14 days of receiving it, and only one promotion can be active at a time.',
      'Redeem coupon',
    ];
    const scored = scoreInput(input({ textBefore, name: 'field1' }), false);
    expect(scored.signals).toContain('text-before:Coupon code (en)');
  });


  it('takes a field labelled "Promo code" with high confidence and says why', () => {
    const scored = scoreInput(input({ labelText: 'Promo code', name: 'promoCode' }), false);
    expect(scored.confidence).toBeGreaterThan(0.8);
    expect(scored.signals[0]).toMatch(/^label:promo code/i);
    expect(scored.signals).toContain('name:promo');
  });

  it('finds a dialog input that only has a placeholder, helped by the dialog title and Activate', () => {
    const field = input({ placeholder: 'Enter coupon code', inDialog: true, dialogTitle: 'Redeem coupon' });
    const entry = chooseCouponEntry([field], [control({ text: 'Activate', inDialog: true })]);
    expect(entry?.key).toBe(field.key);
    expect(entry?.signals).toEqual(expect.arrayContaining(['dialog-with-activate']));
  });

  it('reads a Japanese label', () => {
    expect(scoreInput(input({ labelText: 'クーポンコード' }), false).confidence).toBeGreaterThanOrEqual(FIELD_THRESHOLD);
  });

  it('does not take the search box, the amount to add or an e-mail field', () => {
    const distractors = [
      input({ type: 'search', placeholder: 'Search' }),
      input({ labelText: 'Amount', inputMode: 'decimal', name: 'amount' }),
      input({ type: 'email', labelText: 'Email', autocomplete: 'email' }),
    ];
    expect(chooseCouponEntry(distractors, [])).toBeNull();
  });

  it('does not let a "code" in the name alone make a field the coupon field', () => {
    expect(scoreInput(input({ name: 'postalCode' }), false).confidence).toBeLessThan(FIELD_THRESHOLD);
  });

  it('ignores hidden and disabled inputs even when they are labelled right', () => {
    expect(chooseCouponEntry([input({ labelText: 'Promo code', visible: false }), input({ labelText: 'Promo code', disabled: true })], [])).toBeNull();
  });

  it('falls back to the Redeem coupon button when no field is on the page', () => {
    const opener = control({ text: 'Redeem coupon' });
    const entry = chooseCouponEntry([input({ type: 'search', placeholder: 'Search' })], [control({ text: 'Add balance' }), opener]);
    expect(entry).toMatchObject({ key: opener.key, kind: 'opener' });
  });

  it('prefers a visible field over the button that opened its dialog', () => {
    const field = input({ placeholder: 'Enter coupon code', inDialog: true });
    const entry = chooseCouponEntry([field], [control({ text: 'Redeem coupon' })]);
    expect(entry).toMatchObject({ key: field.key, kind: 'field' });
  });

  it('finds nothing on a page with neither', () => {
    expect(chooseCouponEntry([], [control({ text: 'Add balance' })])).toBeNull();
  });
});
