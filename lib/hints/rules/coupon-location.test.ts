import { describe, expect, it } from 'vitest';
import { ACCOUNT, code, input, notes, reading, english } from '../testing';
import { couponLocationHints as computeCouponLocationHints } from './coupon-location';

const couponLocationHints = english(computeCouponLocationHints);

const link = { type: 'open-url', url: `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}` };

describe('coupon-location hint', () => {
  it('says where the entry usually is when the payment page shows none, with a link for the same account', () => {
    const [hint] = couponLocationHints(input());
    expect(hint).toMatchObject({ id: 'coupon-location:page:not-found', kind: 'coupon-location', state: 'not-found' });
    expect(hint!.facts).toContainEqual({ label: 'Where', value: 'Finance > Payment, Redeem coupon, upper right' });
    expect(hint!.nextStep?.action).toEqual(link);
  });

  it('on other Finance pages, speaks only when a saved code waits', () => {
    const promotionsPage = reading({ pageKind: 'promotions', url: `https://ads.tiktok.com/i18n/account/promotions?aadvid=${ACCOUNT}` });
    expect(couponLocationHints(input({ reading: promotionsPage }))).toEqual([]);
    const [hint] = couponLocationHints(input({ reading: promotionsPage, notes: notes({ codes: [code()] }) }));
    expect(hint).toMatchObject({ state: 'elsewhere', title: 'Where to enter a promo code' });
    expect(hint!.nextStep?.action).toEqual(link);
  });

  it('links a Business Center page by its ad account, never by the organisation id', () => {
    const bc = reading({
      pageKind: 'bc-payment',
      url: `https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000001&aadvid=${ACCOUNT}`,
      businessCenterId: '7000000000000000001',
    });
    const [hint] = couponLocationHints(input({ reading: bc, notes: notes({ codes: [code()] }) }));
    expect(hint!.nextStep?.action).toEqual(link);
    expect(hint!.explanation).toContain('in Ads Manager for the ad account');
  });

  it('gives no link without an ad account id', () => {
    const bc = reading({ pageKind: 'bc-billing', accountId: null, businessCenterId: '7000000000000000001' });
    const [hint] = couponLocationHints(input({ reading: bc, notes: notes({ codes: [code()] }) }));
    expect(hint!.nextStep?.action).toBeUndefined();
  });

  it('says nothing when the entry is on the page, off Finance pages, or with no page', () => {
    expect(couponLocationHints(input({ reading: reading({ couponEntry: { kind: 'field', selector: 'input', confidence: 1, signals: [], label: null } }) }))).toEqual([]);
    expect(couponLocationHints(input({ reading: reading({ pageKind: 'other' }) }))).toEqual([]);
    expect(couponLocationHints(input({ reading: null }))).toEqual([]);
  });

  it('names a link that leaves the page as a link, and where it leads', () => {
    const bc = reading({
      pageKind: 'bc-payment',
      couponEntry: { kind: 'none', selector: null, confidence: 0, signals: [], label: null, link: { label: 'Redeem promo code', url: `https://ads.tiktok.com/i18n/account/promotions?aadvid=${ACCOUNT}` } },
    });
    const [hint] = couponLocationHints(input({ reading: bc, notes: notes({ codes: [code()] }) }));
    expect(hint!.explanation).toContain('“Redeem promo code” on this page is a link, not a button: it opens another page');
    expect(hint!.facts).toContainEqual({ label: 'Link on this page', value: `Redeem promo code (opens https://ads.tiktok.com/i18n/account/promotions?aadvid=${ACCOUNT})` });
    expect(hint!.nextStep).toEqual({ label: 'Open “Redeem promo code”', action: { type: 'open-url', url: `https://ads.tiktok.com/i18n/account/promotions?aadvid=${ACCOUNT}` } });
  });

  it('with a saved code on an account likely outside the manual-entry markets, says where TikTok says codes are entered', () => {
    const [outside] = couponLocationHints(input({ reading: reading({ currency: 'EUR' }), notes: notes({ codes: [code()] }) }));
    expect(outside!.explanation).toContain('only by self-service accounts in Vietnam, Japan, Taiwan, Malaysia, Indonesia and Thailand');
    expect(outside!.facts).toContainEqual({ label: 'Manual entry', value: 'Self-service accounts in Vietnam, Japan, Taiwan, Malaysia, Indonesia and Thailand' });
    const [inside] = couponLocationHints(input({ reading: reading({ currency: 'THB' }), notes: notes({ codes: [code()] }) }));
    expect(inside!.explanation).not.toContain('self-service');
  });
});
