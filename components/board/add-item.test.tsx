// @vitest-environment happy-dom
/**
 * Adding an account, an offer or a code from the board: which account an item goes on, what the empty
 * board says, and the op it sends (the popup's, to the background's single writer).
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as words from '../../lib/i18n/board-translator';
import { DEFAULT_SETTINGS, type Account } from '../../lib/notes/schema';
import type { LoadedNotes } from '../../lib/notes/store';
import { aCode, anAccount } from '../../lib/notes/test-fixtures';
import type { NotesServices } from '../popup/services';
import { Board } from './Board';

const NOW = new Date('2026-11-24T12:00:00Z');
const ZED = anAccount({ id: '7100000000000000009', name: 'Zed Home' });
const ACME = anAccount({ id: '7100000000000000001', name: 'Acme Outdoor', currency: 'EUR' });

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  history.replaceState(null, '', location.pathname);
});

function servicesOf(accounts: Account[], codes = [aCode({ accountId: ZED.id })]) {
  const loaded: LoadedNotes = { notes: { accounts, offers: [], codes, notes: [], fixes: [] }, settings: DEFAULT_SETTINGS, observations: {}, quarantined: [], storageWarning: null };
  const updateNotes = vi.fn(async () => {});
  const services: NotesServices = { loadNotes: async () => loaded, watchNotes: () => () => {}, updateNotes, newId: () => 'new-id', now: () => NOW };
  return { services, updateNotes };
}

async function mount(services: NotesServices) {
  await act(async () => render(<Board services={services} />, root));
  await act(async () => {
    await words.loadBoardTranslator('en', 'UTC');
  });
  await act(async () => {});
}

const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector);
/** The board's header button with this text. */
const button = (text: string) => [...root.querySelectorAll<HTMLButtonElement>('.board-top button')].find((b) => b.textContent === text) ?? null;

/** Opens the dialog for a new code and waits for its form, which loads on first use. */
async function addCode() {
  await act(async () => button('Add code')!.click());
  await vi.waitFor(async () => {
    await act(async () => {});
    expect($('[data-testid="code-form"]')).not.toBeNull();
  });
  return $<HTMLSelectElement>('[data-testid="dialog-account"]')!;
}

/** The dialog's name as a browser computes it: its `aria-labelledby` elements that exist, else its `aria-label`. */
function dialogName() {
  const dialog = $('[data-testid="edit-dialog"]')!;
  const named = (dialog.getAttribute('aria-labelledby') ?? '').split(' ').flatMap((id) => document.getElementById(id) ?? []);
  return named.length > 0 ? named.map((element) => element.textContent).join(' ') : dialog.getAttribute('aria-label');
}

/** Opens the dialog for a new account and waits for its form, which loads on first use with its words. */
async function addAccount() {
  await act(async () => button('Add account')!.click());
  await vi.waitFor(async () => {
    await act(async () => {});
    expect($('[data-testid="account-form"]')).not.toBeNull();
  });
}

describe('adding from the board', () => {
  it('starts on the account the board is filtered to', async () => {
    history.replaceState(null, '', `${location.pathname}?account=${ZED.id}`);
    await mount(servicesOf([ZED, ACME]).services);
    expect((await addCode()).value).toBe(ZED.id);
    expect(dialogName()).toBe('Add a promo code');
  });

  it('starts on the first account by name otherwise, and lists them by name', async () => {
    await mount(servicesOf([ZED, ACME]).services);
    const select = await addCode();
    expect(select.value).toBe(ACME.id);
    expect([...select.options].map((option) => option.value)).toEqual([ACME.id, ZED.id]);
  });

  it('saves the new code on the account chosen in the dialog, and says it was added', async () => {
    const { services, updateNotes } = servicesOf([ZED, ACME]);
    await mount(services);
    const select = await addCode();
    await act(async () => {
      select.value = ZED.id;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const code = $<HTMLInputElement>('[data-testid="code-form"] [name="code"]')!;
    await act(async () => {
      code.value = 'NEWCLIENT-50';
      code.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      $<HTMLFormElement>('[data-testid="code-form"]')!.requestSubmit();
    });
    await vi.waitFor(() => expect(updateNotes).toHaveBeenCalled());
    expect(updateNotes).toHaveBeenCalledWith({ type: 'code/upsert', code: expect.objectContaining({ id: 'new-id', accountId: ZED.id, code: 'NEWCLIENT-50' }) });
    await vi.waitFor(() => expect($('[data-testid="announcement"]')?.textContent).toBe('Code NEWCLIENT-50 added'));
    expect($('[data-testid="edit-dialog"]')).toBeNull();
  });

  it('offers to add on an empty board whose notes have accounts, and says so', async () => {
    await mount(servicesOf([ACME], []).services);
    expect($('[data-testid="board-empty"]')?.textContent).toBe('No offers or codes in your notes yet. Add them here, or from the toolbar popup on an Ads Manager payment page.');
    expect(button('Add offer')).not.toBeNull();
    expect(button('Add code')).not.toBeNull();
  });

  it('with no account yet, offers to add one first, and saves it as the popup does', async () => {
    const { services, updateNotes } = servicesOf([], []);
    await mount(services);
    expect($('[data-testid="board-empty"]')?.textContent).toBe('No ad accounts in your notes yet. Add one here, or from the toolbar popup on its Ads Manager payment page.');
    expect(button('Add code')).toBeNull();
    expect(button('Add offer')).toBeNull();
    await addAccount();
    expect(dialogName()).toBe('Add an ad account');
    const type = async (name: string, value: string) => {
      const input = $<HTMLInputElement>(`[data-testid="account-form"] [name="${name}"]`)!;
      await act(async () => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    };
    await type('id', '7100 0000 0000 0000 042');
    await type('name', 'Harbor Pet Supply');
    await type('currency', 'usd');
    await act(async () => {
      $<HTMLFormElement>('[data-testid="account-form"]')!.requestSubmit();
    });
    await vi.waitFor(() => expect(updateNotes).toHaveBeenCalled());
    expect(updateNotes).toHaveBeenCalledWith({
      type: 'accounts/add',
      accounts: [expect.objectContaining({ id: '7100000000000000042', name: 'Harbor Pet Supply', currency: 'USD', billingType: null })],
    });
    await vi.waitFor(() => expect($('[data-testid="announcement"]')?.textContent).toBe('Account Harbor Pet Supply saved'));
    expect($('[data-testid="edit-dialog"]')).toBeNull();
  });

  it('adds a pasted list of accounts in one op, once every line reads, and keeps the list while one does not', async () => {
    const { services, updateNotes } = servicesOf([ACME], []);
    await mount(services);
    await addAccount();
    await act(async () => $<HTMLButtonElement>('[data-testid="account-form-switch"]')!.click());
    const list = $<HTMLTextAreaElement>('[data-testid="account-list-form"] textarea')!;
    expect(document.activeElement).toBe(list);
    // Named by the form it holds now, not the one it opened with.
    expect(dialogName()).toBe('Add ad accounts from a list');
    const paste = async (text: string) => {
      await act(async () => {
        list.value = text;
        list.dispatchEvent(new Event('input', { bubbles: true }));
      });
    };
    const submit = () => act(async () => $<HTMLFormElement>('[data-testid="account-list-form"]')!.requestSubmit());
    await paste(`Name\tAdvertiser ID\nFable Kids US\t7100000000000000005\n${ACME.id}\nHarbor pets`);
    expect($('[data-testid="list-counts"]')!.textContent).toBe('2 accounts on this list. 1 is already in your notes: what the list leaves out keeps what your notes say.');
    expect($('[data-testid="account-list-form"] button[type="submit"]')!.textContent).toBe('Add 2 accounts');
    // As the notes will hold them: the known account keeps its name and currency, which the list left out.
    expect([...root.querySelectorAll('[data-testid="list-preview"] li')].map((li) => li.textContent)).toEqual([
      'Fable Kids US (7100000000000000005)',
      'Acme Outdoor (7100000000000000001) · EUR (already in your notes)',
    ]);
    await submit();
    expect($('[data-testid="account-list-form"] .field-error')!.textContent).toBe('Line 4 has no advertiser ID: “Harbor pets”');
    expect(updateNotes).not.toHaveBeenCalled();
    expect(list.value).toContain('Harbor pets');
    await paste(`Name\tAdvertiser ID\nFable Kids US\t7100000000000000005\n${ACME.id}\nHarbor pets 7100000000000000006`);
    await submit();
    await vi.waitFor(() => expect(updateNotes).toHaveBeenCalledTimes(1));
    expect(updateNotes).toHaveBeenCalledWith({
      type: 'accounts/add',
      accounts: [
        expect.objectContaining({ id: '7100000000000000005', name: 'Fable Kids US' }),
        expect.objectContaining({ id: ACME.id, name: null, currency: null }),
        expect.objectContaining({ id: '7100000000000000006', name: 'Harbor pets' }),
      ],
    });
    await vi.waitFor(() => expect($('[data-testid="announcement"]')?.textContent).toBe('3 accounts saved'));
  });

  it('goes back from the list to the one-account form, with the cursor in its ID', async () => {
    const { services } = servicesOf([ACME], []);
    await mount(services);
    await addAccount();
    await act(async () => $<HTMLButtonElement>('[data-testid="account-form-switch"]')!.click());
    expect($('[data-testid="account-form-switch"]')!.textContent).toBe('Add one account instead');
    await act(async () => $<HTMLButtonElement>('[data-testid="account-form-switch"]')!.click());
    expect(document.activeElement).toBe($('[data-testid="account-form"] [name="id"]'));
  });
});
