// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readBillingPage } from './read-page';

const URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';

// The toast's portal comes after the page's other content, far from the field in the DOM.
const PAGE_WITH_FIELD = `
  <main><h1>Payment</h1>
    <form><div class="form-item"><label for="promo">Promo code</label><input id="promo" value="SPRING26-K7QX"></div><button>Apply</button></form>
    <section><h2>Recent payments</h2><table><tr><td>2026-11-18</td><td>Visa •••• 4242</td><td>Succeeded</td></tr></table></section>
  </main>
  <footer>© 2026 TikTok · Terms · Privacy</footer>`;

const toast = (words: string) => `<div class="kit-message-wrapper"><div class="kit-message kit-message--error" role="alert"><span>${words}</span><button aria-label="Close">×</button></div></div>`;

describe('a rejection shown as a page-wide toast', () => {
  it('ties an "already used" toast in a portal to the coupon field', () => {
    document.body.innerHTML = PAGE_WITH_FIELD + toast('This code has already been used.');
    const [message] = readBillingPage(document, URL).messages;
    expect(message).toMatchObject({ kind: 'error', source: 'alert', nearCouponEntry: true });
  });

  it('ties "another promotion is active" to the field too', () => {
    document.body.innerHTML = PAGE_WITH_FIELD + toast('You already have an active promotion.');
    expect(readBillingPage(document, URL).messages[0]?.nearCouponEntry).toBe(true);
  });

  it('does not tie an expiry the code may not be the subject of (a card, a session)', () => {
    document.body.innerHTML = PAGE_WITH_FIELD + toast('Your card has expired.');
    expect(readBillingPage(document, URL).messages[0]?.nearCouponEntry).toBe(false);
  });

  it('does not tie it when the page has no coupon field', () => {
    document.body.innerHTML = `<main><h1>Payment</h1></main>` + toast('This code has already been used.');
    expect(readBillingPage(document, URL).messages[0]?.nearCouponEntry).toBe(false);
  });

  it("leaves the toast's close button out of the message text", () => {
    document.body.innerHTML = PAGE_WITH_FIELD + toast('This code has already been used.');
    expect(readBillingPage(document, URL).messages[0]?.text).toBe('This code has already been used.');
  });
});
