import { describe, expect, it } from 'vitest';
import { sameOfferName } from './offer-names';

describe('telling whether a page promotion and a noted offer are the same', () => {
  it.each([
    ['New advertiser offer', 'New advertiser offer'],
    ['New advertiser offer', 'new  ADVERTISER offer'],
    ['New advertiser offer', 'New advertiser offer: spend $50, get $50'],
    ['Spend $500, get $500', 'Q4 boost (spend $500, get $500)'],
    ['Ｗｅｌｃｏｍｅ　Ｃｒｅｄｉｔ', 'Welcome credit'],
    ['Welcome', 'Welcome bonus, from the rep'],
    ['新客户专享优惠', '新客户专享优惠：消费50得50'],
    ['Oferta de bienvenida', 'oferta de Bienvenida – 100 €'],
  ])('%s and %s are the same', (a, b) => {
    expect(sameOfferName(a, b)).toBe(true);
    expect(sameOfferName(b, a)).toBe(true);
  });

  it.each([
    ['New advertiser offer', 'Holiday offer'],
    ['Offer', 'Holiday offer'],
    ['Spend $500, get $500', 'Spend $50, get $50'],
    ['advertiser offer new', 'New advertiser offer'],
    ['', 'New advertiser offer'],
    ['—', '…'],
  ])('%s and %s are not', (a, b) => {
    expect(sameOfferName(a, b)).toBe(false);
    expect(sameOfferName(b, a)).toBe(false);
  });
});
