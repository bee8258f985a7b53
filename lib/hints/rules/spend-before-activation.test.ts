import { describe, expect, it } from 'vitest';
import { ACCOUNT, code, input, notes, observation, offer, reading, english } from '../testing';
import { spendBeforeActivationHints as computeSpendBeforeActivationHints } from './spend-before-activation';

const spendBeforeActivationHints = english(computeSpendBeforeActivationHints);

const now = new Date('2026-03-10T12:00:00Z');

describe('spend before activation', () => {
  it('warns that spend seen before the offer was activated is not counted', () => {
    const observations = [
      observation('2026-03-01T00:00:00Z', { spendSoFar: '150.00' }),
      observation('2026-03-06T00:00:00Z', { spendSoFar: '250.00' }),
    ];
    const [hint] = spendBeforeActivationHints(
      input({ now, reading: null, notes: notes({ offers: [offer({ activatedOn: '2026-03-05T00:00:00Z' })] }), observations }),
    );
    expect(hint).toMatchObject({ kind: 'spend-before-activation', state: 'offer-spend-not-counted', severity: 'warning' });
    expect(hint!.facts).toContainEqual({ label: 'Spend before activation', value: '$150.00' });
    expect(hint!.facts).toContainEqual({ label: 'Counted spend', value: '$100.00' });
  });

  it('warns that campaigns spend before an activation set for later', () => {
    const observations = [observation('2026-03-09T00:00:00Z', { spendSoFar: '80.00' })];
    const [hint] = spendBeforeActivationHints(
      input({ now, reading: null, notes: notes({ offers: [offer({ activatedOn: '2026-03-12T00:00:00Z' })] }), observations }),
    );
    expect(hint!.state).toBe('offer-not-active-yet');
  });

  it('is quiet when nothing was spent before activation, or the offer has no activation date', () => {
    const observations = [observation('2026-03-06T00:00:00Z', { spendSoFar: '250.00' })];
    expect(spendBeforeActivationHints(input({ now, notes: notes({ offers: [offer({ activatedOn: '2026-03-05T00:00:00Z' })] }), observations }))).toEqual([]);
    expect(spendBeforeActivationHints(input({ now, notes: notes({ offers: [offer()] }), observations }))).toEqual([]);
  });

  it('is quiet once the threshold was crossed', () => {
    const observations = [
      observation('2026-03-01T00:00:00Z', { spendSoFar: '150.00' }),
      observation('2026-03-06T00:00:00Z', { spendSoFar: '800.00' }),
    ];
    expect(
      spendBeforeActivationHints(input({ now, notes: notes({ offers: [offer({ activatedOn: '2026-03-05T00:00:00Z' })] }), observations, reading: null })),
    ).toEqual([]);
  });

  it('warns when campaigns spend while a saved code waits unused, pointing at the coupon field on the page', () => {
    const observations = [observation('2026-03-05T00:00:00Z', { spendSoFar: '40.00' })];
    const page = reading({ spendSoFar: '90.00', couponEntry: { kind: 'field', selector: '#code', confidence: 0.9, signals: [], label: 'Promo code' } });
    const [hint] = spendBeforeActivationHints(input({ now, reading: page, notes: notes({ codes: [code()] }), observations }));
    expect(hint).toMatchObject({ id: 'spend-before-activation:code-1:code-not-activated', state: 'code-not-activated', subject: { type: 'code', id: 'code-1' } });
    expect(hint!.nextStep).toMatchObject({ label: 'Show me where to enter it', action: { type: 'scroll-to-coupon-entry' }, code: 'WELCOME2026' });
    expect(hint!.facts).toContainEqual({ label: 'Activate by', value: 'Mar 15, 2026' });
  });

  it("sends to the code's own account's payment page from a coupon field whose account could not be read", () => {
    const observations = [observation('2026-03-05T00:00:00Z', { spendSoFar: '40.00' }), observation('2026-03-06T00:00:00Z', { spendSoFar: '60.00' })];
    const page = reading({ accountId: null, couponEntry: { kind: 'field', selector: '#code', confidence: 0.9, signals: [], label: 'Promo code' } });
    const [hint] = spendBeforeActivationHints(input({ now, reading: page, notes: notes({ codes: [code()] }), observations }));
    expect(hint!.nextStep).toMatchObject({ action: { type: 'open-url', url: `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}` }, code: 'WELCOME2026' });
  });

  it('links to the payment page when this page has no coupon entry', () => {
    const observations = [observation('2026-03-05T00:00:00Z', { spendSoFar: '40.00' }), observation('2026-03-06T00:00:00Z', { spendSoFar: '60.00' })];
    const [hint] = spendBeforeActivationHints(input({ now, reading: null, notes: notes({ codes: [code()] }), observations }));
    expect(hint!.nextStep).toMatchObject({ action: { type: 'open-url', url: `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}` }, code: 'WELCOME2026' });
  });

  it('is quiet for a code when spend did not go up since it was received', () => {
    const observations = [observation('2026-02-20T00:00:00Z', { spendSoFar: '40.00' }), observation('2026-03-05T00:00:00Z', { spendSoFar: '40.00' })];
    expect(spendBeforeActivationHints(input({ now, reading: null, notes: notes({ codes: [code()] }), observations }))).toEqual([]);
  });

  it('leaves applied codes and codes past their window to other hints', () => {
    const observations = [observation('2026-03-05T00:00:00Z', { spendSoFar: '40.00' }), observation('2026-03-06T00:00:00Z', { spendSoFar: '60.00' })];
    const codes = [code({ status: 'applied' }), code({ id: 'late', receivedOn: '2026-01-01' })];
    expect(spendBeforeActivationHints(input({ now, reading: null, notes: notes({ codes }), observations }))).toEqual([]);
  });
});
