import { describe, expect, it } from 'vitest';
import type { PageMessage } from '../../reader/reading';
import { ACCOUNT, code, input, notes, observation, offer, reading, english } from '../testing';
import { rejectionHints as computeRejectionHints } from './rejection';

const rejectionHints = english(computeRejectionHints);

const now = new Date('2026-03-10T12:00:00Z');
const error = (text: string, extra: Partial<PageMessage> = {}): PageMessage => ({ text, kind: 'error', source: 'coupon-entry', nearCouponEntry: true, ...extra });
const pageWith = (...messages: PageMessage[]) => reading({ messages });

describe('rejection hints', () => {
  it('ranks the causes of an error beside the coupon entry, labelled as likely', () => {
    const [hint] = rejectionHints(input({ now, reading: pageWith(error('This code has expired.')), typedCode: 'WELCOME2026' }));
    expect(hint).toMatchObject({ kind: 'rejection', state: 'expired', severity: 'warning', title: 'Code not accepted: likely causes', id: 'rejection:page:expired' });
    expect(hint!.explanation).toContain('likely causes');
    expect(hint!.causes!.map((c) => c.cause)).toHaveLength(6);
    expect(hint!.causes![0]!.cause).toBe('expired');
  });

  it('ranks an earning offer in the notes first when the page only says it failed', () => {
    const [hint] = rejectionHints(
      input({
        now,
        reading: pageWith(error('Failed to redeem. Please try again.')),
        notes: notes({ offers: [offer()] }),
        observations: [observation('2026-03-05T00:00:00Z', { spendSoFar: '120.00' })],
      }),
    );
    expect(hint!.state).toBe('promotion-active');
    expect(hint!.causes![0]!.because).toEqual(['Your notes track “Spend $500, get $500” as earning']);
  });

  it('ranks not-eligible first for a Business Center owned account with a generic error', () => {
    const account = { id: ACCOUNT, name: null, currency: 'USD', billingType: null, businessCenterOwned: true, lastSeenOn: null };
    const [hint] = rejectionHints(input({ now, reading: pageWith(error('Error')), notes: notes({ accounts: [account] }) }));
    expect(hint!.state).toBe('not-eligible');
  });

  it('puts the saved code, the account and the checks into the support message', () => {
    const [hint] = rejectionHints(
      input({ now, reading: pageWith(error('This promo code has already been used.')), typedCode: 'WELCOME2026', notes: notes({ codes: [code()] }) }),
    );
    expect(hint).toMatchObject({ id: 'rejection:code-1:already-used', subject: { type: 'code', id: 'code-1' } });
    const action = hint!.nextStep?.action;
    expect(action?.type).toBe('copy-support');
    const text = action?.text ?? '';
    expect(text).toContain('Code: WELCOME2026');
    expect(text).toContain(`Ad account ID: ${ACCOUNT}`);
    expect(text).toContain('Error shown: “This promo code has already been used.”');
    expect(text).toContain('- It matches the code I received on Mar 1, 2026 (e-mail from TikTok)');
    expect(text).toContain('- It is within the 14-day activation window (activate by Mar 15, 2026)');
    expect(hint!.nextStep?.label).toBe('Copy support message');
  });

  it('ignores errors away from the coupon entry and messages that are not errors', () => {
    const page = pageWith(
      error('Payment failed', { source: 'toast', nearCouponEntry: false }),
      error('Coupon activated', { kind: 'success' }),
    );
    expect(rejectionHints(input({ now, reading: page }))).toEqual([]);
  });

  it('speaks once for the same failure told twice', () => {
    const page = pageWith(error('This code has expired.'), error('This code has expired. '), error('Code expired', { source: 'invalid-field', nearCouponEntry: false }));
    expect(rejectionHints(input({ now, reading: page }))).toHaveLength(1);
  });

  it('shows page text only as text: a hostile message stays a plain string', () => {
    const [hint] = rejectionHints(input({ now, reading: pageWith(error('<img src=x onerror=alert(1)> invalid code')) }));
    expect(hint!.facts[0]).toEqual({ label: 'Message', value: '<img src=x onerror=alert(1)> invalid code' });
    expect(hint!.state).toBe('invalid');
  });

  it('needs a page', () => {
    expect(rejectionHints(input({ now, reading: null }))).toEqual([]);
  });

  it('ranks "already used" first when the typed code was applied before on another ad account of this login', () => {
    const applied = code({ id: 'applied', accountId: '7000000000000000042', status: 'applied', appliedOn: '2026-02-10T09:00:00.000Z' });
    const page = reading({ messages: [{ text: 'This code is invalid.', kind: 'error', source: 'coupon-entry', nearCouponEntry: true }] });
    const [hint] = rejectionHints(input({ reading: page, typedCode: 'WELCOME2026', notes: notes({ codes: [applied] }) }));
    expect(hint!.causes![0]!.cause).toBe('already-used');
  });

  it('ranks "not eligible" first for an unexplained failure on a EUR account (outside the manual-entry markets)', () => {
    const page = reading({ currency: 'EUR', messages: [{ text: 'Something went wrong.', kind: 'error', source: 'coupon-entry', nearCouponEntry: true }] });
    const [hint] = rejectionHints(input({ reading: page }));
    expect(hint!.causes![0]!.cause).toBe('not-eligible');
  });
});
