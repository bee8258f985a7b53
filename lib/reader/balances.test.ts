// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readBillingPage } from './read-page';

const URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';

describe('balances in collapsible sections', () => {
  it('reads a balance whose label is the header that folds it', () => {
    document.body.innerHTML = `
      <main><h1>Payment</h1>
        <section>
          <div role="button" tabindex="0" aria-expanded="true" aria-controls="panel"><span>Account balance</span></div>
          <div id="panel" role="region"><span>$</span><span>1,234</span><span>.50</span></div>
        </section>
      </main>`;
    expect(readBillingPage(document, URL).accountBalance).toBe('1234.50');
  });

  it('does not take a label inside a menu button as a balance label', () => {
    document.body.innerHTML = `
      <main><h1>Payment</h1>
        <button aria-expanded="false" aria-haspopup="menu"><span>Account balance</span></button>
        <div>$1,234.50</div>
      </main>`;
    expect(readBillingPage(document, URL).accountBalance).toBeNull();
  });
});

describe('messages fading out', () => {
  it('leaves out an alert at opacity 0, and keeps the one shown', () => {
    document.body.innerHTML = `
      <style>.leaving { opacity: 0 }</style>
      <main><h1>Payment</h1>
        <div role="dialog" aria-label="Redeem coupon">
          <label for="code">Coupon code</label><input id="code" value="SPRING">
          <div role="alert">This coupon code is invalid.</div>
          <div role="alert" class="leaving">This coupon has already been used.</div>
        </div>
      </main>`;
    const texts = readBillingPage(document, URL).messages.map((message) => message.text);
    expect(texts).toEqual(['This coupon code is invalid.']);
  });
});
