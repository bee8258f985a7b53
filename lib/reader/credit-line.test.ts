// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readBillingPage } from './read-page';

const BC_PAYMENT = 'https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000001&aadvid=7234567890123456789';

/** A monthly-invoicing account's statistics: the credit line beside the ad credit, as label-above-value tiles. */
function tiles(lang: string, tilesHtml: [string, string][]): void {
  document.documentElement.lang = lang;
  document.body.innerHTML = `<main><h1>Payment</h1><div class="stats">${tilesHtml
    .map(([label, value]) => `<div class="stat"><div class="stat-label">${label}</div><div class="stat-value"><span>${value}</span></div></div>`)
    .join('')}</div></main>`;
}

describe('a credit line beside ad credit on one page', () => {
  it.each([
    {
      lang: 'en',
      tiles: [['Credit balance', '$8,000.00'], ['Credit limit', '$10,000.00'], ['Ad credit', '$150.00']] as [string, string][],
      line: { available: '8000.00', limit: '10000.00', currency: 'USD' },
      credit: '150.00',
    },
    {
      lang: 'es',
      tiles: [['Crédito disponible', '7.500,00 €'], ['Línea de crédito', '10.000,00 €'], ['Crédito publicitario', '200,00 €']] as [string, string][],
      line: { available: '7500.00', limit: '10000.00', currency: 'EUR' },
      credit: '200.00',
    },
    {
      lang: 'ja',
      tiles: [['与信残高', '￥800,000'], ['与信枠', '￥1,000,000'], ['広告クレジット', '￥30,000']] as [string, string][],
      line: { available: '800000', limit: '1000000', currency: 'JPY' },
      credit: '30000',
    },
  ])('$lang: the credit line is read as a credit line, the ad credit as ad credit', ({ lang, tiles: shown, line, credit }) => {
    tiles(lang, shown);
    const reading = readBillingPage(document, BC_PAYMENT);
    expect(reading.creditLine).toEqual(line);
    expect(reading.creditBalance).toBe(credit);
    expect(reading.billingType).toBe('invoice');
    // The credit line's amounts are nowhere among the balances.
    expect(reading.amounts.map((amount) => amount.value)).not.toContain(line.available);
    expect(reading.amounts.map((amount) => amount.value)).not.toContain(line.limit);
  });

  it('never reports a credit line alone as ad credit', () => {
    tiles('en', [['Available credit', '$8,000.00'], ['Credit line', '$10,000.00']]);
    const reading = readBillingPage(document, BC_PAYMENT);
    expect(reading.creditBalance).toBeNull();
    expect(reading.creditLine).toEqual({ available: '8000.00', limit: '10000.00', currency: 'USD' });
  });

  it('has no credit line where the page shows none', () => {
    tiles('en', [['Cash balance', '$80.00'], ['Ad credit', '$20.00']]);
    expect(readBillingPage(document, BC_PAYMENT).creditLine).toBeNull();
  });
});
