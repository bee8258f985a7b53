// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { EMPTY_NOTES } from '../../lib/notes/schema';
import { aFix, anAccount } from '../../lib/notes/test-fixtures';
import { InEnglish } from '../i18n/testing';
import { FixesList } from './FixesList';
import { testRoot } from '../../tests/support/test-root';

const root = testRoot();

describe('the values the user showed, on the options page', () => {
  it('lists each with its value, page, account, label and date, newest first, and deletes the one asked', async () => {
    const older = aFix({ id: 'a', field: 'creditBalance', createdAt: '2026-10-01T10:00:00.000Z' });
    const newer = aFix({ id: 'b', field: 'couponEntry', pageKind: 'bc-payment', target: { ...aFix().target, label: 'Promo code', role: 'textbox' }, createdAt: '2026-11-01T10:00:00.000Z' });
    const onDelete = vi.fn(() => Promise.resolve());
    await act(async () => {
      render(<InEnglish><FixesList notes={{ ...EMPTY_NOTES, accounts: [anAccount()], fixes: [older, newer] }} onDelete={onDelete} /></InEnglish>, root);
    });
    const items = [...root.querySelectorAll('[data-fix]')];
    expect(items.map((item) => item.getAttribute('data-fix'))).toEqual(['b', 'a']);
    expect(items[1]!.textContent).toContain('Ad credit on the Payment page of Shop ads');
    expect(items[1]!.textContent).toContain('next to “Ad credit”');
    expect(items[0]!.textContent).toContain('Promo code field or button on the Business Center payment page');
    await act(async () => (items[1]!.querySelector('[data-action="delete-fix"]') as HTMLElement).click());
    expect(onDelete).toHaveBeenCalledWith(older);
    expect(root.querySelector('[role="status"]')!.textContent).toBe('Deleted.');
  });

  it('says how to make one when there is none', async () => {
    await act(async () => {
      render(<InEnglish><FixesList notes={EMPTY_NOTES} onDelete={() => Promise.resolve()} /></InEnglish>, root);
    });
    expect(root.textContent).toContain('None yet.');
  });
});
