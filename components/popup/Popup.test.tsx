// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EMPTY_NOTES } from '../../lib/notes/schema';
import { ACCOUNT_ID, aCode, anAccount, anOffer } from '../../lib/notes/test-fixtures';
import { loadPopupGuidesTranslator } from '../../lib/i18n/ui-catalog';
import { LazyPanelView } from './LazyPanelView';
import { NOW, fakeServices, popupHarness, reading } from '../../tests/support/popup-harness';

const { root, mount, $, $$, buttonNamed, click, type } = popupHarness();
afterEach(() => vi.unstubAllGlobals());

describe('the popup', () => {
  it("opens the all-accounts board from its header", async () => {
    const { services } = fakeServices();
    await mount(services);
    const button = root.querySelector<HTMLButtonElement>('[data-testid="open-board"]')!;
    expect(button.textContent).toBe('All accounts');
    button.click();
    expect(services.openBoard).toHaveBeenCalledTimes(1);
  });

  it('preselects the account of the open Ads Manager page among several', async () => {
    const other = anAccount({ id: '1111111111', name: 'Other shop' });
    const { services } = fakeServices(
      { notes: { ...EMPTY_NOTES, accounts: [other, anAccount()], offers: [anOffer({ accountId: other.id, name: 'Other offer' }), anOffer({ id: 'o2' })] } },
      { summary: { accountId: ACCOUNT_ID, reading: reading({ currency: 'USD' }) }, tabId: 3, fromActiveTab: true },
    );
    await mount(services);
    const picker = $('[data-testid="account-picker"]') as HTMLSelectElement;
    expect(picker.value).toBe(ACCOUNT_ID);
    // Whole in its title, as the chosen option reads: the popup's width may cut it.
    expect(picker.title).toBe(picker.selectedOptions[0]!.text);
    expect(picker.title).toContain(ACCOUNT_ID);
    expect($$('[data-testid="offer"] .card-title').map((el) => el.textContent)).toEqual(['Spend $500, get $500']);
  });

  it('lists the accounts by name, as the board does, after the open page\'s account', async () => {
    const accounts = [
      anAccount({ id: '3333333333', name: 'Zed Home' }),
      anAccount({ id: '2222222222', name: null, currency: null }),
      anAccount({ id: '4444444444', name: 'acme shop 10' }),
      anAccount({ id: '5555555555', name: 'Acme shop 9' }),
    ];
    const options = () => [...($('[data-testid="account-picker"]') as HTMLSelectElement).options].map((option) => option.value);
    const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts } });
    await mount(services);
    // Case aside, and shop 9 before shop 10; an unnamed account by its ID.
    expect(options()).toEqual(['2222222222', '5555555555', '4444444444', '3333333333']);
    const onPage = fakeServices({ notes: { ...EMPTY_NOTES, accounts } }, { summary: { accountId: '3333333333', reading: reading() }, tabId: 3, fromActiveTab: true });
    await mount(onPage.services);
    expect(options()).toEqual(['3333333333', '2222222222', '5555555555', '4444444444']);
  });

  it('with no Ads Manager page, opens on the account whose deadline is nearest, the one the badge counts down to, and says so', async () => {
    // Added first, with a window already missed: overdue, not what the badge counts.
    const first = anAccount({ id: '1111111111', name: 'Added first' });
    const later = anAccount({ id: '2222222222', name: 'Due in 9 days' });
    const soon = anAccount({ id: '3333333333', name: 'Due in 3 days' });
    const notes = {
      ...EMPTY_NOTES,
      accounts: [first, later, soon],
      codes: [
        aCode({ id: 'missed', accountId: first.id, activateBy: '2026-11-20' }),
        aCode({ id: 'later', accountId: later.id, activateBy: '2026-12-03' }),
        aCode({ id: 'soon', accountId: soon.id, activateBy: '2026-11-27' }),
        // Sooner, on an account the notes no longer list: the picker could not show it.
        aCode({ id: 'orphan', accountId: '9999999999', activateBy: '2026-11-25' }),
      ],
    };
    const { services } = fakeServices({ notes });
    await mount(services);
    const picker = $('[data-testid="account-picker"]') as HTMLSelectElement;
    expect(picker.value).toBe(soon.id);
    expect($('[data-testid="nearest-deadline-account"]')?.textContent).toBe('Showing the account with the nearest deadline, the one the toolbar badge counts down to.');
    // Another account chosen: it stays, and the line goes.
    picker.value = first.id;
    await act(() => void picker.dispatchEvent(new Event('change', { bubbles: true })));
    expect(picker.value).toBe(first.id);
    expect($('[data-testid="nearest-deadline-account"]')).toBeNull();
    // The open page's account comes before it (a fresh popup: the choice above is gone with it).
    await act(async () => render(null, root));
    const onPage = fakeServices({ notes }, { summary: { accountId: later.id, reading: reading() }, tabId: 3, fromActiveTab: true });
    await mount(onPage.services);
    expect(($('[data-testid="account-picker"]') as HTMLSelectElement).value).toBe(later.id);
    expect($('[data-testid="nearest-deadline-account"]')).toBeNull();
  });

  it('shows the chosen account on two lines, the name over its id and currency, which no width cuts', async () => {
    const other = anAccount({ id: '1111111111', name: 'Other shop', currency: 'EUR' });
    const unnamed = anAccount({ id: '2222222222', name: null, currency: null });
    const { services } = fakeServices(
      { notes: { ...EMPTY_NOTES, accounts: [other, unnamed, anAccount({ name: 'Acme Outdoor Ltd', currency: 'USD' })] } },
      { summary: { accountId: ACCOUNT_ID, reading: reading({ currency: 'USD' }) }, tabId: 3, fromActiveTab: true },
    );
    await mount(services);
    const face = () => [...$('[data-testid="account-picker-face"]')!.children].map((el) => el.textContent);
    expect(face()).toEqual(['Acme Outdoor Ltd', `${ACCOUNT_ID} · USD — open page`]);
    // The face is drawn for the eye; assistive technology reads the select itself.
    expect($('[data-testid="account-picker-face"]')!.getAttribute('aria-hidden')).toBe('true');

    const picker = $('[data-testid="account-picker"]') as HTMLSelectElement;
    const choose = async (id: string) => {
      picker.value = id;
      await act(() => void picker.dispatchEvent(new Event('change', { bubbles: true })));
    };
    await choose(other.id);
    expect(face()).toEqual(['Other shop', '1111111111 · EUR']);
    // Nothing but an id: it is the name line, and no empty line under it.
    await choose(unnamed.id);
    expect(face()).toEqual(['2222222222']);
  });

  it('offers to add the page’s account, filled in from the page', async () => {
    const { services, ops } = fakeServices({}, { summary: { accountId: ACCOUNT_ID, reading: reading() }, tabId: 3, fromActiveTab: true });
    await mount(services);
    await click($('[data-testid="add-page-account"] button')!);
    expect(($('[name="id"]') as HTMLInputElement).value).toBe(ACCOUNT_ID);
    expect(($('[name="currency"]') as HTMLInputElement).value).toBe('EUR');
    expect(($('[name="billingType"]') as HTMLSelectElement).value).toBe('manual');
    await click(buttonNamed('Add account'));
    expect(ops).toEqual([{ type: 'accounts/add', accounts: [expect.objectContaining({ id: ACCOUNT_ID, currency: 'EUR', billingType: 'manual', lastSeenOn: 'ads' })] }]);
    expect(($('[data-testid="account-picker"]') as HTMLSelectElement).value).toBe(ACCOUNT_ID);
  });

  it('with no accounts and no page, says where to go, and offers to add one by its ID under those words', async () => {
    const { services } = fakeServices({ notes: EMPTY_NOTES });
    await mount(services);
    await vi.waitFor(() => expect($('[data-testid="no-accounts"]')).not.toBeNull());
    const prompt = $('[data-testid="no-accounts"]')!.closest('.prompt')!;
    expect(prompt.querySelector('[data-testid="add-account"]')?.textContent).toBe('Add account');
    // No account picker over nothing: its own Add account button is not offered twice.
    expect($('.account-picker')).toBeNull();
    expect($$('[data-testid="add-account"]')).toHaveLength(1);
    await click(prompt.querySelector<HTMLElement>('[data-testid="add-account"]')!);
    await vi.waitFor(() => expect($('[data-testid="account-form"]')).not.toBeNull());
  });

  it('adds a code and lists it with its activation countdown', async () => {
    const { services, ops } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()] } });
    await mount(services);
    await click($('[data-testid="add-code"]')!);
    await act(() => {
      type('code', 'WELCOME50');
      type('receivedOn', '2026-11-21');
    });
    await click(buttonNamed('Add code'));
    expect(ops[0]).toMatchObject({ type: 'code/upsert', code: { code: 'WELCOME50', accountId: ACCOUNT_ID, receivedOn: '2026-11-21' } });
    const card = $('[data-testid="code"]')!;
    expect(card.textContent).toContain('WELCOME50');
    // Received the 21st: 14 days to activate, so until the 5th of December.
    expect(card.querySelector('[data-testid="countdown"]')!.textContent).toMatch(/^activate within 1[01] days$/);
    // Focus returns to where the user was.
    expect(document.activeElement).toBe($('[data-testid="add-code"]'));
  });

  it('offers to copy each code that may still be entered, beside the code itself', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const codes = [
      aCode({ id: 'c1', code: 'FRESH-1' }),
      aCode({ id: 'c2', code: 'REFUSED-2', status: 'rejected' }),
      aCode({ id: 'c3', code: 'USED-3', status: 'applied' }),
      // Expired on the 20th: Ads Manager would refuse it.
      aCode({ id: 'c4', code: 'GONE-4', expiresOn: '2026-11-20' }),
    ];
    const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()], codes } });
    await mount(services);
    const copyIn = (id: string) => $(`[data-code-id="${id}"] .code-title [data-action="copy-code"]`);
    expect(copyIn('c1')!.getAttribute('aria-label')).toBe('Copy code FRESH-1');
    expect(copyIn('c2')!.getAttribute('aria-label')).toBe('Copy code REFUSED-2');
    expect(copyIn('c3')).toBeNull();
    expect(copyIn('c4')).toBeNull();
    expect($('[data-code-id="c4"]')).not.toBeNull();
    await click(copyIn('c2')!);
    await act(async () => {});
    expect(writeText).toHaveBeenCalledWith('REFUSED-2');
    expect($('[data-code-id="c2"] [data-testid="copy-code-status"]')!.textContent).toBe('Copied');
  });

  it('says credit is expected within the processing window after the threshold is crossed', async () => {
    const offer = anOffer({ crossedOn: '2026-11-22T15:00:00.000Z' });
    const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()], offers: [offer] } });
    await mount(services);
    // Crossed 43 h ago, with a 48 h window.
    expect($('[data-testid="offer"] [data-testid="countdown"]')!.textContent).toBe('credit expected in 5 hours');
    expect($('[data-testid="offer"]')!.dataset.state).toBe('pending');
  });

  it("ends an offer's credit at the end of its expiry day in the user's time zone, as the overlay does", async () => {
    // At 10:00 UTC it is already past midnight on Kiritimati (UTC+14), so the last day of the credit is over there.
    const zone = process.env.TZ;
    process.env.TZ = 'Pacific/Kiritimati';
    try {
      const offer = anOffer({ activatedOn: '2026-10-01T00:00:00.000Z', arrivedOn: '2026-10-20T00:00:00.000Z', expiresOn: '2026-11-24' });
      const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()], offers: [offer] } });
      await mount(services);
      expect($('[data-testid="offer"]')!.getAttribute('data-state')).toBe('expired');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('shows progress toward the threshold from what was observed', async () => {
    const offer = anOffer({ threshold: '500.00', activatedOn: '2026-11-01T00:00:00.000Z' });
    const observations = {
      [ACCOUNT_ID]: [{ at: '2026-11-20T10:00:00.000Z', accountId: ACCOUNT_ID, currency: 'USD', spendSoFar: '125.00', creditBalance: '0.00', cashBalance: null, accountBalance: null }],
    };
    const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()], offers: [offer] }, observations });
    await mount(services);
    const progress = $('[data-testid="offer"] progress') as HTMLProgressElement;
    expect(progress.getAttribute('value')).toBe('125');
    expect(progress.getAttribute('max')).toBe('500');
    expect($('[data-testid="offer"] .progress-text')!.textContent).toMatch(/125\.00.*500\.00.*25%/);
  });

  it('offers to track a promotion the page shows and the notes lack', async () => {
    const promotion = { name: 'New advertiser offer', creditType: 'conditional' as const, status: 'earning' as const, amount: '50.00', usedAmount: null, currency: 'USD', validFrom: '2026-11-01', validUntil: '2026-12-31' };
    const { services } = fakeServices(
      { notes: { ...EMPTY_NOTES, accounts: [anAccount()], offers: [anOffer({ name: 'Something else' })] } },
      { summary: { accountId: ACCOUNT_ID, reading: reading({ currency: 'USD', promotions: [promotion, { ...promotion, name: 'something ELSE' }, { ...promotion, name: 'Something else: $50 credit' }] }) }, tabId: 3, fromActiveTab: true },
    );
    await mount(services);
    const prompts = $$('[data-testid="track-offer-prompt"]');
    expect(prompts).toHaveLength(1);
    await click(prompts[0]!.querySelector('button')!);
    expect(($('[name="name"]') as HTMLInputElement).value).toBe('New advertiser offer');
    expect(($('[name="qualifyBy"]') as HTMLInputElement).value).toBe('2026-12-31');
  });

  it('lists what matters now once the lists are up, without the page-only hints', async () => {
    const { services } = fakeServices(
      { notes: { ...EMPTY_NOTES, accounts: [anAccount()], codes: [aCode({ receivedOn: '2026-11-12', activateBy: null, status: 'unused' })] } },
      { summary: { accountId: ACCOUNT_ID, reading: reading({ currency: 'USD' }) }, tabId: 3, fromActiveTab: true },
    );
    await mount(services);
    // The lists come first; the hints follow once their rules have loaded.
    expect($('[data-testid="code"]')).not.toBeNull();
    await vi.waitFor(
      async () => {
        await act(async () => {});
        expect($$('[data-testid="hint"]').length).toBeGreaterThan(0);
      },
      { timeout: 10_000 },
    );
    const kinds = $$('[data-testid="hint"]').map((hint) => hint.dataset.kind);
    expect(kinds).toContain('code-deadline');
    expect(kinds).not.toContain('coupon-location');
    // The code's card offers it to copy beside its step, for the Payment page the step opens.
    const step = $('[data-testid="hint"][data-kind="code-deadline"] .hint-step')!;
    expect(step.querySelector('button.link')).not.toBeNull();
    expect(step.querySelector('[data-action="copy-code"]')!.getAttribute('aria-label')).toBe(`Copy code ${aCode().code}`);
  });

  it('says when saved data was kept aside, and offers to export it', async () => {
    const entry = { id: 'q1', key: 'notes' as const, path: 'offers[0]', reason: 'threshold: expected decimal', at: NOW.toISOString(), value: { junk: true } };
    const { services } = fakeServices({ quarantined: [entry], storageWarning: 'Credit Lens uses 9.0 MB of the 10.0 MB' });
    await mount(services);
    expect($('[data-testid="quarantine-notice"]')!.textContent).toMatch(/Some saved data could not be read; it was kept aside/);
    expect($('[data-testid="quarantine-notice"] button')!.textContent).toMatch(/Export/);
    expect($('[data-testid="storage-warning"]')!.textContent).toMatch(/9\.0 MB/);
  });

  it('asks before deleting, and deletes nothing when the user keeps it', async () => {
    const { services, ops } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()], codes: [aCode()] } });
    await mount(services);
    await click(buttonNamed('Delete'));
    expect(ops).toEqual([]);
    await click(buttonNamed('Keep'));
    expect(ops).toEqual([]);
    await click(buttonNamed('Delete'));
    await click($$('button').find((b) => b.textContent?.startsWith('Yes, delete'))!);
    expect(ops).toEqual([{ type: 'code/delete', id: aCode().id }]);
    expect($('[data-testid="code"]')).toBeNull();
  });

  it('walks the "which type do I have?" guide to an outcome', async () => {
    const { services } = fakeServices({ notes: { ...EMPTY_NOTES, accounts: [anAccount()] } });
    await mount(services);
    await click($('[data-testid="which-type"]')!);
    // The guide's words are their own chunk, loaded with the panel (WithWords).
    await act(async () => {
      await loadPopupGuidesTranslator('en', 'UTC');
    });
    await act(async () => {});
    await click($$('.guide-option').find((b) => b.textContent?.includes('Not sure'))!);
    await click($$('.guide-option').find((b) => b.textContent?.startsWith('Yes'))!);
    expect($('[data-testid="guide-outcome"]')!.dataset.outcome).toBe('code');
    await click(buttonNamed('Save this code in Credit Lens'));
    expect($('[data-testid="code-form"]')).not.toBeNull();
  });
});
