// @vitest-environment happy-dom
/**
 * The steps of the popup's "What matters now" cards: on the open Ads Manager page, it asks the page to
 * show what a step is about (its promo code entry, a credit's row), or says the step where no page
 * answers; "in your notes", it opens the card's offer for editing.
 */
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_NOTES } from '../../lib/notes/schema';
import { ACCOUNT_ID, aCode, anAccount, anOffer } from '../../lib/notes/test-fixtures';
import type { FoundSummary, ShowResult } from './page-summary';
import { fakeServices, popupHarness, reading } from '../../tests/support/popup-harness';

const { mount, $, click } = popupHarness();

/** A card's step, once the hints are in: they follow the lists. */
const stepOf = (kind: string) =>
  vi.waitFor(
    async () => {
      await act(async () => {});
      const step = $(`[data-testid="hint"][data-kind="${kind}"] .hint-step`);
      expect(step).not.toBeNull();
      return step!;
    },
    { timeout: 10_000 },
  );

/** The open Payment page of the notes' account, with its promo code field. */
const paymentPage = (): FoundSummary => ({
  summary: { accountId: ACCOUNT_ID, reading: reading({ currency: 'USD', couponEntry: { kind: 'field', selector: '#promo', confidence: 0.9, signals: [], label: 'Promo code' } }) },
  tabId: 3,
  fromActiveTab: true,
});
/** A code still to be entered: its card's step is on the Payment page. */
const savedCode = () => aCode({ receivedOn: '2026-11-12', activateBy: null, status: 'unused' });

describe("the popup's card steps", () => {
  it("asks the page to show its promo code entry from a code's card, and says so when the page no longer has it", async () => {
    const found = paymentPage();
    const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()], codes: [savedCode()] } }, found);
    const showOnPage = vi.fn(async (): Promise<ShowResult> => ({ type: 'gone' }));
    services.showOnPage = showOnPage;
    await mount(services);
    const step = await stepOf('code-deadline');
    const button = step.querySelector<HTMLElement>('button.link')!;
    expect(button.textContent).toBe('Show me where to enter it');
    // The code still rides along to copy.
    expect(step.querySelector('[data-action="copy-code"]')).not.toBeNull();
    await click(button);
    await act(async () => {});
    expect(showOnPage).toHaveBeenCalledWith(found, { type: 'scroll-to-coupon-entry' });
    expect(step.querySelector('[data-testid="step-miss"]')?.textContent).toBe('Promo code entry not found on this page');
    expect($('[data-testid="announcement"]')!.textContent).toBe('Promo code entry not found on this page');
  });

  it("asks the page to show a credit's row, and says so when the row is gone", async () => {
    const row = { type: 'show-on-page', selector: 'tbody > tr:nth-of-type(1)' } as const;
    const promotion = { name: 'Holiday ad credit', creditType: 'assignable', status: 'available', amount: '150.00', usedAmount: '0.00', currency: 'USD', validFrom: '2026-11-01', validUntil: '2027-01-31', selector: row.selector } as const;
    const found: FoundSummary = { summary: { accountId: ACCOUNT_ID, reading: reading({ currency: 'USD', pageKind: 'promotions', promotions: [promotion] }) }, tabId: 4, fromActiveTab: false };
    const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()] } }, found);
    const showOnPage = vi.fn(async (): Promise<ShowResult> => ({ type: 'gone' }));
    services.showOnPage = showOnPage;
    await mount(services);
    const step = await stepOf('assignable-credit');
    const button = step.querySelector<HTMLElement>('button.link')!;
    expect(button.textContent).toBe('Show me its row, then “View/Assign”');
    await click(button);
    await act(async () => {});
    expect(showOnPage).toHaveBeenCalledWith(found, row);
    expect(step.querySelector('[data-testid="step-miss"]')?.textContent).toBe('Not found on your Ads Manager page any more. Reload the page and try again.');
  });

  it("says which account the page's tab shows now, when the user turned it to another one", async () => {
    const found = paymentPage();
    const other = anAccount({ id: '7370000000000000001', name: 'Beta Shop', currency: 'EUR' });
    const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount(), other], codes: [savedCode()] } }, found);
    services.showOnPage = async () => ({ type: 'moved', accountId: other.id });
    await mount(services);
    const step = await stepOf('code-deadline');
    await click(step.querySelector<HTMLElement>('button.link')!);
    await act(async () => {});
    expect(step.querySelector('[data-testid="step-miss"]')?.textContent).toBe('Your Ads Manager tab now shows account Beta Shop (7370000000000000001) · EUR. Open Credit Lens again for that account.');
  });

  it("says the step on the page when the page's reading is not there to ask", async () => {
    const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()], codes: [savedCode()] } });
    await mount(services);
    // No page: the step opens the account's Payment page instead.
    expect((await stepOf('code-deadline')).querySelector('button.link')!.textContent).toBe('Open Finance > Payment');
  });

  it('opens the offer for editing where its card says to note something in the notes', async () => {
    const offer = anOffer({ accountId: ACCOUNT_ID, name: 'Spring spend match', activatedOn: null });
    const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()], offers: [offer] } });
    await mount(services);
    const button = (await stepOf('credit-status')).querySelector<HTMLElement>('button.link')!;
    expect(button.textContent).toBe('Note when you activated the offer');
    await click(button);
    await vi.waitFor(() => expect(($('[data-testid="offer-form"] [name="name"]') as HTMLInputElement | null)?.value).toBe('Spring spend match'));
  });
});
