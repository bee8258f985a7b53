// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readBillingPage } from './read-page';

const URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';

describe('a lone promotion box on the Payment page', () => {
  it('is read as its own card, not as the page around it', () => {
    document.body.innerHTML = `
      <nav><h2>Finance</h2><a href="#">Payment</a></nav>
      <main>
        <h1>Payment</h1>
        <section><h2>Balance</h2><div>Account balance</div><div>$1,284.50</div></section>
        <section>
          <h2>Promotions</h2>
          <div>
            <div><b>New advertiser offer</b> <span>Earning</span></div>
            <div>Spend $50.00 within 30 days and get $50.00 in ad credit. Valid until Dec 31, 2026.</div>
          </div>
        </section>
      </main>`;
    const { promotions } = readBillingPage(document, URL);
    expect(promotions).toHaveLength(1);
    expect(promotions[0]).toMatchObject({ name: 'New advertiser offer', status: 'earning', validUntil: '2026-12-31' });
    expect(promotions[0]!.amount).not.toBe('1284.50');
  });
});
