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

describe('naming a promotion card that has no heading', () => {
  const PROMOTIONS_URL = 'https://ads.tiktok.com/i18n/account/promotions?aadvid=7234567890123456789';
  const card = (name: string) => `
    <li class="card">
      <div><span>${name}</span><span class="tag">Assignable</span></div>
      <div><span>Validity period</span><span>24.12.2026 – 23.03.2027</span></div>
      <div><span>Unused amount</span><span>1 200,00 zł</span></div>
    </li>`;

  it('takes a name with a year in it as the name, not as an amount, and never the period', () => {
    document.body.innerHTML = `
      <main><h1>Promotions</h1>
        <div role="tablist"><div role="tab" aria-selected="true">Available (2)</div></div>
        <ul>${card('Kupon świąteczny 2026')}${card('Welcome credit')}</ul>
      </main>`;
    const { promotions } = readBillingPage(document, PROMOTIONS_URL);
    expect(promotions.map((p) => p.name)).toEqual(['Kupon świąteczny 2026', 'Welcome credit']);
    expect(promotions[0]).toMatchObject({ amount: '1200.00', currency: 'PLN', validFrom: '2026-12-24', validUntil: '2027-03-23' });
  });
});

describe('an expiry date under a balance', () => {
  it('belongs to the balance, and is not read as a promotion', () => {
    document.body.innerHTML = `
      <main><h1>Payment</h1>
        <section>
          <ul>
            <li><strong>$1,184.50</strong><span>Cash balance</span></li>
            <li><strong>$50.00</strong><span>Ad credit</span><small>Expires on Dec 24, 2026</small></li>
          </ul>
          <a href="#">View promotions</a>
        </section>
      </main>`;
    const reading = readBillingPage(document, URL);
    expect(reading.promotions).toEqual([]);
    expect(reading.creditBalance).toBe('50.00');
  });
});

describe('an offer being earned, listed in a table', () => {
  const PROMOTIONS_URL = 'https://ads.tiktok.com/i18n/account/promotions?aadvid=7234567890123456789';
  const page = (requirement: string) => `
    <main><h1>Promotions</h1>
      <div role="tablist"><div role="tab" aria-selected="true">Earning (1)</div></div>
      <table>
        <thead><tr><th>Promotion name</th><th>Usage requirements</th><th>Progress</th><th>Validity period</th></tr></thead>
        <tbody><tr>
          <td>Q4 boost<div>Credit expires 90 days after it is issued</div></td>
          <td>${requirement}</td>
          <td>€123.45 of €500.00</td>
          <td>2026-11-01 ~ 2026-12-31</td>
        </tr></tbody>
      </table>
    </main>`;

  it('reads the credit it offers from its requirement, never from its progress', () => {
    document.body.innerHTML = page('Spend €500.00, get €500.00 in ad credit');
    expect(readBillingPage(document, PROMOTIONS_URL).promotions).toMatchObject([{ name: 'Q4 boost', status: 'earning', amount: '500.00', currency: 'EUR' }]);
  });

  it('leaves the amount unread when the requirement names two different amounts', () => {
    document.body.innerHTML = page('Spend €1,000.00, get €200.00 in ad credit');
    expect(readBillingPage(document, PROMOTIONS_URL).promotions).toMatchObject([{ name: 'Q4 boost', amount: null }]);
  });
});

describe('a promotion named with a balance word', () => {
  it('is a promotion named "Holiday ad credit", not an ad credit balance', () => {
    const PROMOTIONS_URL = 'https://ads.tiktok.com/i18n/account/promotions?aadvid=7234567890123456789';
    document.body.innerHTML = `
      <main><h1>Promotions</h1>
        <div role="tablist"><button role="tab" aria-selected="true">Available (2)</button><button role="tab" aria-selected="false">Earning</button></div>
        <div role="list">
          <div role="listitem"><h3>Holiday ad credit</h3><span>Free</span>
            <div><div>$120.00</div><div>Unused amount</div></div>
            <div>Valid period <span>2026-11-01 ~ 2027-01-31</span></div></div>
          <div role="listitem"><h3>Q4 boost coupon</h3><span>Assignable</span>
            <div><div>$50.00</div><div>Unused amount</div></div>
            <div>Valid period <span>2026-12-01 ~ 2027-02-28</span></div></div>
        </div>
      </main>`;
    const reading = readBillingPage(document, PROMOTIONS_URL);
    expect(reading.creditBalance).toBeNull();
    expect(reading.promotions.map((p) => [p.name, p.amount])).toEqual([
      ['Holiday ad credit', '120.00'],
      ['Q4 boost coupon', '50.00'],
    ]);
  });
});

describe('a status filter drawn as radio buttons', () => {
  it('gives the cards the status of the checked option', () => {
    const PROMOTIONS_URL = 'https://ads.tiktok.com/i18n/account/promotions?aadvid=7234567890123456789';
    document.body.innerHTML = `
      <main><h1>Promotions</h1>
        <div role="radiogroup">
          <label><input type="radio" name="status" checked> Available (1)</label>
          <label><input type="radio" name="status"> Earning</label>
        </div>
        <ul><li><h3>Q4 boost coupon</h3><div><span>Unused amount</span><span>$50.00</span></div><div><span>Valid period</span><span>2026-12-01 ~ 2027-02-28</span></div></li></ul>
      </main>`;
    expect(readBillingPage(document, PROMOTIONS_URL).promotions).toMatchObject([{ name: 'Q4 boost coupon', status: 'available' }]);
  });
});
