import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import '../../../../scripts/happy-dom-fixes';
import { readBillingPage } from '../../../reader/read-page';
import { PAYMENT_URL, reading } from '../../testing';
import { unseenValue } from './unseen-value';

const check = (overrides: Parameters<typeof reading>[0]) => unseenValue({ reading: reading(overrides), previous: null, notes: null });

function pageReading(body: string) {
  const window = new Window({ url: PAYMENT_URL });
  window.document.write(`<!doctype html><html lang="en"><head><style>
    .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    .parked { position: absolute; left: -10000px; }
  </style></head><body><main>${body}</main></body></html>`);
  return readBillingPage(window.document as unknown as Document, PAYMENT_URL);
}

describe('unseen-value', () => {
  it('doubts a balance read from text the user cannot see, naming each such field', () => {
    const amounts = [
      { role: 'creditBalance' as const, value: '50.00', currency: 'USD', label: 'Ad credit', text: '$50.00', unseen: true as const },
      { role: 'cashBalance' as const, value: '10.00', currency: 'USD', label: 'Cash balance', text: '$10.00' },
      { role: 'spendSoFar' as const, value: '5.00', currency: null, label: 'Spend so far', text: '5.00', unseen: true as const },
    ];
    expect(check({ amounts, creditBalance: '50.00', cashBalance: '10.00', spendSoFar: '5.00' })).toEqual([
      { rule: 'unseen-value', severity: 'doubt', facts: { fields: 'creditBalance spendSoFar', count: 2, field: 'creditBalance', value: '50.00', currency: 'USD' } },
    ]);
  });

  it('says nothing when every value was read from text on screen', () => {
    expect(check({ amounts: [{ role: 'cashBalance', value: '10.00', currency: 'USD', label: 'Cash balance', text: '$10.00' }] })).toEqual([]);
  });

  it('is raised by a page whose only ad credit figure is for screen readers, and not by the same figure on screen', () => {
    const clipped = pageReading(`<div><span>Cash balance</span><span>$1,234.50</span></div><div><span>Ad credit</span><span class="sr-only">$50.00</span></div>`);
    expect(clipped.creditBalance).toBe('50.00');
    expect(unseenValue({ reading: clipped, previous: null, notes: null })[0]?.facts).toMatchObject({ fields: 'creditBalance', value: '50.00' });

    const parked = pageReading(`<div><span>Cash balance</span><span>$1,234.50</span></div><div class="parked"><span>Ad credit</span><span>$50.00</span></div>`);
    expect(unseenValue({ reading: parked, previous: null, notes: null }).map((finding) => finding.facts.field)).toEqual(['creditBalance']);

    // The clipped piece is alone in the value's box, which is read as one run.
    const wrapped = pageReading(`<div><span>Cash balance</span><span>$1,234.50</span></div><div><div>Ad credit</div><div><span class="sr-only">$50.00</span></div></div>`);
    expect(wrapped.creditBalance).toBe('50.00');
    expect(unseenValue({ reading: wrapped, previous: null, notes: null }).map((finding) => finding.facts.field)).toEqual(['creditBalance']);

    const shown = pageReading(`<div><span>Cash balance</span><span>$1,234.50</span></div><div><span>Ad credit</span><span>$50.00</span></div>`);
    expect(shown.creditBalance).toBe('50.00');
    expect(unseenValue({ reading: shown, previous: null, notes: null })).toEqual([]);
  });
});
