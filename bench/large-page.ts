/**
 * A Billing page the size of a busy account's: balances at the top and a long transaction table
 * below. Used by the benchmark (and by tests that need a big page); deterministic for a given size.
 */
export function largePaymentPage(rows: number): string {
  const body: string[] = [];
  for (let index = 0; index < rows; index++) {
    const day = String((index % 28) + 1).padStart(2, '0');
    const cents = String((index * 37) % 100).padStart(2, '0');
    body.push(
      `<tr class="bc-okee-table-row__r${index % 7}"><td><span>2026-10-${day} 10:${String(index % 60).padStart(2, '0')}</span></td>` +
        `<td><div class="vi-cell"><span>TX${String(700000 + index)}</span></div></td>` +
        `<td><span>Campaign spend · Ad group ${index % 40}</span></td>` +
        `<td class="vi-amount"><span>-$${(index % 900) + 10}.${cents}</span></td>` +
        `<td><span class="byted-tag">Settled</span></td></tr>`,
    );
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Payment - TikTok Ads Manager</title></head><body>
<header class="vi-header"><nav><a href="#">Dashboard</a><a href="#">Campaign</a><a href="#">Tools</a></nav></header>
<aside class="vi-side"><div>Finance</div><a href="#" aria-current="page">Payment</a><a href="#">Promotions</a><a href="#">Transactions</a><a href="#">Invoices</a></aside>
<main class="bc-okee-main">
  <h1>Payment</h1>
  <div class="byted-balance-grid">
    <div class="byted-card"><div class="byted-card__label">Account balance</div><div class="byted-card__value" id="account-balance">$1,284.50</div></div>
    <div class="byted-card"><div class="byted-card__label">Cash balance</div><div class="byted-card__value">$1,234.50</div></div>
    <div class="byted-card"><div class="byted-card__label">Ad credit</div><div class="byted-card__value" id="ad-credit">$50.00</div></div>
    <button type="button" class="vi-btn">Redeem coupon</button>
  </div>
  <h2>Transactions</h2>
  <table class="bc-okee-table"><thead><tr><th>Time</th><th>Transaction ID</th><th>Description</th><th>Amount</th><th>Status</th></tr></thead>
  <tbody>${body.join('')}</tbody></table>
</main></body></html>`;
}
