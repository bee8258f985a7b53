// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readBillingPage } from './read-page';
import type { CouponEntry } from './reading';
import { resolveSelector } from './selector';

/**
 * The Ads Manager kit's quirks public sources show (DOMAIN.md, "The Ads Manager UI kit"), each on a
 * page cut down to it. The fixture pages en-payment-invoice-vnd, en-unknown-finance-route and
 * en-promotions-fixed-columns hold them in full.
 */
const PAYMENT = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
const PROMOTIONS = 'https://ads.tiktok.com/i18n/account/promotions?aadvid=7234567890123456789';

/** The one element a reading's selector names. */
function target(selector: string | null | undefined): Element | null {
  const found = selector ? resolveSelector(document, selector) : [];
  return found.length === 1 ? found[0]! : null;
}

/** The coupon entry is of this kind and its selector names exactly the element `selector` finds. */
function expectEntry(entry: CouponEntry, kind: CouponEntry['kind'], selector: string, more: Partial<CouponEntry> = {}): void {
  expect(entry).toMatchObject({ kind, ...more });
  expect(target(entry.selector)).toBe(document.querySelector(selector));
}

function page(html: string): void {
  document.documentElement.lang = 'en';
  document.body.innerHTML = html;
}

describe('closed dialogs kept in the page with display: none', () => {
  it('takes neither the closed dialog\'s input nor its old error, but the button that opens it', () => {
    page(`<main><h1>Payment</h1><button id="open" type="button">Redeem coupon</button>
      <div class="vi-dialog__wrapper" style="display: none;"><div role="dialog" aria-modal="true" aria-label="Redeem coupon">
        <input class="vi-input__inner" placeholder="Enter coupon code" aria-invalid="true" value="OLD-CODE">
        <div role="alert">This coupon code has expired.</div><button type="button">Activate</button>
      </div></div></main>`);
    const reading = readBillingPage(document, PAYMENT);
    expectEntry(reading.couponEntry, 'opener', '#open');
    expect(reading.messages).toEqual([]);
  });
});

describe('invalid roles', () => {
  it('reads a dialog\'s title from its role="dialog_header" header', () => {
    page(`<main><h1>Payment</h1><div role="dialog" aria-modal="true">
        <div class="vi-dialog__header" role="dialog_header"><span>Redeem coupon</span><button aria-label="Close">×</button></div>
        <input id="code" class="vi-input__inner" placeholder="Code"><button type="button">Activate</button>
      </div></main>`);
    const entry = readBillingPage(document, PAYMENT).couponEntry;
    expectEntry(entry, 'field', '#code');
    expect(entry.signals).toContain('dialog-title:Redeem coupon (en)');
  });

  it('does not take an element with role="dialog_header" for a dialog', () => {
    page(`<main><h1>Payment</h1><div role="dialog_header">Redeem coupon</div>
      <input id="search" placeholder="Search campaigns"><button type="button">Activate</button></main>`);
    expect(readBillingPage(document, PAYMENT).couponEntry.kind).not.toBe('field');
  });
});

describe('hidden tooltips referenced by aria-describedby', () => {
  it('does not report a hidden tooltip\'s words as the field\'s error', () => {
    // The error line sits apart from the field (a form footer), reached only through aria-describedby.
    page(`<main><h1>Payment</h1><style>.vi-tooltip{visibility:hidden}</style>
      <section><div><div><label for="code">Promo code</label><input id="code" aria-invalid="true" aria-describedby="tip err"></div></div></section>
      <section><p>Credit from a code is used before your cash balance.</p><div><div><div id="err" style="color:red">This code is invalid.</div></div></div></section>
      <div class="vi-tooltip" role="tooltip" id="tip">Codes expire 14 days after you receive them; an expired code cannot be activated.</div></main>`);
    const messages = readBillingPage(document, PAYMENT).messages;
    expect(messages.map((message) => message.text).join(' | ')).not.toMatch(/14 days/);
    expect(messages).toContainEqual(expect.objectContaining({ kind: 'error', text: expect.stringContaining('This code is invalid') }));
  });
});

describe('dropdowns drawn as read-only inputs with the text field\'s class', () => {
  it('never takes a read-only select for the coupon field, even labelled "Promo code"', () => {
    page(`<main><h1>Payment</h1><button id="open" type="button">Redeem coupon</button>
      <div class="vi-form-item"><label for="pick">Promo code</label>
        <div class="vi-select"><input id="pick" class="vi-input__inner" type="text" readonly autocomplete="off" placeholder="Please select"></div></div>
      <div class="vi-form-item"><label for="amount">Amount</label><input id="amount" class="vi-input__inner" type="text"></div></main>`);
    expectEntry(readBillingPage(document, PAYMENT).couponEntry, 'opener', '#open');
  });
});

describe('amount and currency in sibling nodes', () => {
  it('reads "<span>105,672,606</span>VND" as one amount in VND', () => {
    page(`<main><h1>Payment</h1><div><div>Spending so far for current billing cycle</div><div><span data-v-1a>105,672,606</span>VND</div></div>
      <div><div>Next billing date</div><div>Dec 31, 2026</div></div></main>`);
    const reading = readBillingPage(document, PAYMENT);
    expect(reading).toMatchObject({ spendSoFar: '105672606', currency: 'VND', nextBillDate: '2026-12-31', billingType: 'automatic' });
  });
});

describe('tables with fixed columns, every row rendered twice', () => {
  it('reads each promotion once, with its name and its amounts, and points at its row', () => {
    const head = '<thead><tr><th>Ad credit name</th><th>Credit type</th><th>Valid dates</th><th>Unused amount</th><th>Used amount</th></tr></thead>';
    const rows = (hideName: boolean, hideRest: boolean) =>
      [['Holiday ad credit', 'Assignable', '2026-11-01 ~ 2027-01-31', '$150.00', '$0.00'], ['Welcome credit', 'Free', '2026-10-01 ~ 2026-12-31', '$80.00', '$20.00']]
        .map(([name, ...rest], index) => `<tr class="row-${index}"><td class="${hideName ? 'is-hidden' : ''}">${name}</td>${rest.map((text) => `<td class="${hideRest ? 'is-hidden' : ''}">${text}</td>`).join('')}</tr>`)
        .join('');
    page(`<style>.is-hidden{visibility:hidden}</style><main><h1>Promotions</h1><div class="vi-table">
      <div class="vi-table__body"><table id="main">${head}<tbody>${rows(true, false)}</tbody></table></div>
      <div class="vi-table__fixed"><table id="fixed">${head}<tbody>${rows(false, true)}</tbody></table></div></div></main>`);
    const reading = readBillingPage(document, PROMOTIONS);
    expect(reading.promotions).toHaveLength(2);
    expect(reading.promotions[0]).toMatchObject({ name: 'Holiday ad credit', creditType: 'assignable', amount: '150.00', usedAmount: '0.00', validUntil: '2027-01-31' });
    expect(reading.promotions[1]).toMatchObject({ name: 'Welcome credit', amount: '80.00', usedAmount: '20.00' });
    // The row pointed at is the full table's, which shows most of the promotion.
    expect(resolveSelector(document, reading.promotions[0]!.selector!)).toEqual([document.querySelector('#main .row-0')]);
  });

  it('points only at the first few assignable rows: a selector per row of a long table would cost a search each', () => {
    const rows = Array.from({ length: 20 }, (_, i) => `<tr><td>Credit ${i}</td><td>${i < 2 ? 'Free' : 'Assignable'}</td><td>2026-11-01 ~ 2027-01-31</td><td>$${i + 1}.00</td></tr>`).join('');
    page(`<main><h1>Promotions</h1><table><thead><tr><th>Ad credit name</th><th>Credit type</th><th>Valid dates</th><th>Unused amount</th></tr></thead><tbody>${rows}</tbody></table></main>`);
    const pointed = readBillingPage(document, PROMOTIONS).promotions.map((promotion) => Boolean(promotion.selector));
    expect(pointed).toEqual([false, false, true, true, true, true, true, ...Array(13).fill(false)]);
  });

  it('keeps two real tables with the same columns apart', () => {
    const table = (name: string) =>
      `<table><thead><tr><th>Ad credit name</th><th>Valid dates</th><th>Unused amount</th></tr></thead><tbody><tr><td>${name}</td><td>2026-11-01 ~ 2027-01-31</td><td>$10.00</td></tr></tbody></table>`;
    page(`<main><h1>Promotions</h1><section>${table('First credit')}</section><section>${table('Second credit')}</section></main>`);
    expect(readBillingPage(document, PROMOTIONS).promotions.map((promotion) => promotion.name)).toEqual(['First credit', 'Second credit']);
  });
});

describe('buttons as custom elements with open shadow roots', () => {
  it('finds a byted-wc-button that draws its button in its shadow root as the opener', () => {
    page('<main><h1>Payment</h1><div><span>Cash balance</span><span>$10.00</span></div><byted-wc-button id="redeem">Redeem coupon</byted-wc-button></main>');
    const host = document.querySelector('#redeem')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<button part="button"><slot></slot></button>';
    expectEntry(readBillingPage(document, PAYMENT).couponEntry, 'opener', '#redeem', { label: 'Redeem coupon' });
  });

  it('does not take a custom element that draws no control for a button', () => {
    page('<main><h1>Payment</h1><tt-note id="note">Redeem coupon codes under Finance.</tt-note></main>');
    document.querySelector('#note')!.attachShadow({ mode: 'open' }).innerHTML = '<p><slot></slot></p>';
    expect(readBillingPage(document, PAYMENT).couponEntry.kind).toBe('none');
  });
});

describe('a link versus a button', () => {
  it('does not take a link to another page for the opener; the reading names the link and where it leads', () => {
    page('<main><h1>Payment</h1><a href="https://ads.tiktok.com/i18n/account/promotions?aadvid=7234567890123456789" target="_blank">Redeem promo code</a></main>');
    const entry = readBillingPage(document, PAYMENT).couponEntry;
    expect(entry.kind).toBe('none');
    expect(entry.link).toEqual({ label: 'Redeem promo code', url: 'https://ads.tiktok.com/i18n/account/promotions?aadvid=7234567890123456789' });
  });

  it('takes an anchor drawn as a button (href="#", javascript:) for the opener', () => {
    page('<main><h1>Payment</h1><a id="a" href="javascript:;">Redeem coupon</a></main>');
    expectEntry(readBillingPage(document, PAYMENT).couponEntry, 'opener', '#a');
    page('<main><h1>Payment</h1><a id="b" href="#redeem">Redeem coupon</a></main>');
    expectEntry(readBillingPage(document, PAYMENT).couponEntry, 'opener', '#b');
  });

  it('prefers the button on the page to a link that leaves it', () => {
    page(`<main><h1>Payment</h1><a href="https://ads.tiktok.com/help/article/redeem">Redeem promo code</a>
      <button id="btn" type="button">Redeem coupon</button></main>`);
    expectEntry(readBillingPage(document, PAYMENT).couponEntry, 'opener', '#btn');
  });
});
