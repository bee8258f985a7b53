// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readBillingPage } from './read-page';

const URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
const section = (open: boolean) => `
  <main><h1>Payment</h1>
    <details${open ? ' open' : ''}><summary>Have a promo code?</summary>
      <div><label for="promo">Promo code</label><input id="promo"><button>Apply</button></div>
    </details>
  </main>`;

describe('a coupon field folded in <details>', () => {
  it('reads the field when the details are open', () => {
    document.body.innerHTML = section(true);
    expect(readBillingPage(document, URL).couponEntry).toMatchObject({ kind: 'field', selector: expect.stringContaining('promo') });
  });

  it('does not offer the field of closed details as one to type into', () => {
    document.body.innerHTML = section(false);
    expect(readBillingPage(document, URL).couponEntry.kind).not.toBe('field');
  });
});
