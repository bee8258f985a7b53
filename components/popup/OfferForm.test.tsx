// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { Account, Offer } from '../../lib/notes/schema';
import { InEnglish } from '../i18n/testing';
import { TranslatorProvider } from '../i18n/i18n';
import { readCatalog } from '../../lib/i18n/node-catalog';
import { createTranslator } from '../../lib/i18n/translate';
import { anOffer } from '../../lib/notes/test-fixtures';
import { OfferForm, type OfferFormProps } from './OfferForm';
import { testRoot } from '../../tests/support/test-root';

const account: Account = { id: '7234567890123456789', name: 'Acme', currency: 'USD', billingType: 'manual', businessCenterOwned: null, lastSeenOn: 'ads' };
const now = () => new Date('2026-11-24T10:00:00Z');
const root = testRoot();

function type(name: string, value: string) {
  const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
async function submit() {
  await act(async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}
const form = (props: Pick<OfferFormProps, 'onSave'>) => (
  <InEnglish>
    <OfferForm account={account} offer={null} newId={() => 'id-1'} now={now} onCancel={() => {}} {...props} />
  </InEnglish>
);
const errorFor = (name: string) => root.querySelector(`[data-error-for="${name}"]`)?.textContent ?? null;

describe('adding an offer in the popup', () => {
  it('shows what to fix beside each field and in a summary read out to screen readers, and saves nothing', async () => {
    const onSave = vi.fn(async (_offer: Offer) => {});
    await act(() => render(form({ onSave }), root));
    await act(() => type('threshold', '12abc'));
    await submit();

    expect(onSave).not.toHaveBeenCalled();
    expect(errorFor('name')).toMatch(/Give the offer a name/);
    expect(errorFor('threshold')).toMatch(/digits only/);
    const threshold = root.querySelector<HTMLInputElement>('[name="threshold"]')!;
    expect(threshold.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the input, so it is read with it.
    const describedBy = threshold.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => root.querySelector(`[id="${id}"]`)?.textContent)).toContain(errorFor('threshold'));
    const summary = root.querySelector('[data-testid="error-summary"]')!;
    expect(summary.getAttribute('aria-live')).toBe('polite');
    expect(summary.textContent).toMatch(/2 things to fix/);
    expect(summary.textContent).toMatch(/Spend threshold: Enter digits only/);
  });

  it('clears a field’s message as soon as the user changes it', async () => {
    await act(() => render(form({ onSave: async () => {} }), root));
    await submit();
    expect(errorFor('name')).not.toBeNull();
    await act(() => type('name', 'Spend 500, get 250'));
    expect(errorFor('name')).toBeNull();
    expect(errorFor('threshold')).not.toBeNull();
  });

  it('hands a valid offer to be saved, in the account currency', async () => {
    const onSave = vi.fn(async (_offer: Offer) => {});
    await act(() => render(form({ onSave }), root));
    await act(() => {
      type('name', 'Spend 500, get 250');
      type('threshold', '500');
      type('creditAmount', '250');
      type('qualifyBy', '2026-12-31');
    });
    await submit();
    expect(onSave).toHaveBeenCalledTimes(1);
    expect(onSave.mock.calls[0]![0]).toMatchObject({ id: 'id-1', name: 'Spend 500, get 250', threshold: '500', creditAmount: '250', currency: 'USD', qualifyBy: '2026-12-31' });
  });

  it('opens the folded details when a problem is in there', async () => {
    await act(() => render(form({ onSave: async () => {} }), root));
    await act(() => {
      type('name', 'x');
      type('threshold', '100');
      type('processingWindowHours', 'two days');
    });
    await submit();
    expect(root.querySelector('details')!.open).toBe(true);
    expect(errorFor('processingWindowHours')).toMatch(/whole number/);
  });

  it('keeps the entry and says why when saving fails', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('storage is full');
    });
    await act(() => render(form({ onSave }), root));
    await act(() => {
      type('name', 'x');
      type('threshold', '100');
    });
    await submit();
    expect(root.querySelector('[data-testid="error-summary"]')!.textContent).toMatch(/storage is full.*still here/);
    expect(root.querySelector<HTMLInputElement>('[name="name"]')!.value).toBe('x');
  });
});

describe('an offer form shown in German', () => {
  const german = createTranslator('de', readCatalog('de'));
  const inGerman = (props: Pick<OfferFormProps, 'onSave' | 'offer'>) => (
    <TranslatorProvider translator={german}>
      <OfferForm account={{ ...account, currency: 'EUR' }} newId={() => 'id-1'} now={now} onCancel={() => {}} {...props} />
    </TranslatorProvider>
  );

  it('reads amounts with the German decimal mark, whatever the browser’s own language', async () => {
    const onSave = vi.fn(async (_offer: Offer) => {});
    await act(() => render(inGerman({ onSave, offer: null }), root));
    await act(() => {
      type('name', 'Ausgeben und Guthaben erhalten');
      type('threshold', '1.000');
      type('creditAmount', '12,50');
    });
    await submit();
    expect(onSave.mock.calls[0]![0]).toMatchObject({ threshold: '1000', creditAmount: '12.50' });
  });

  it('shows a stored amount with a comma, so saving it unchanged keeps it', async () => {
    const onSave = vi.fn(async (_offer: Offer) => {});
    const stored = anOffer({ accountId: account.id, currency: 'EUR', threshold: '1250.5', creditAmount: '250' });
    await act(() => render(inGerman({ onSave, offer: stored }), root));
    expect(root.querySelector<HTMLInputElement>('[name="threshold"]')!.value).toBe('1250,5');
    await submit();
    expect(onSave.mock.calls[0]![0]).toMatchObject({ threshold: '1250.5', creditAmount: '250' });
  });
});
