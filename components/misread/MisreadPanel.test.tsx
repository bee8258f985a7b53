// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import type { PlausibilityFinding } from '../../lib/hints/plausibility';
import { aFix } from '../../lib/notes/test-fixtures';
import { InEnglish } from '../i18n/testing';
import { MisreadPanel, type MisreadActions } from './MisreadPanel';
import { testRoot } from '../../tests/support/test-root';

const root = testRoot();

const $ = (selector: string) => root.querySelector<HTMLElement>(selector);
const doubt: PlausibilityFinding = {
  rule: 'balance-sum',
  severity: 'doubt',
  facts: { accountBalance: '1534.50', cashBalance: '1234.50', creditBalance: '50.00', sum: '1284.50', gap: '250.00', currency: 'USD' },
};
const actions = () => ({ startPick: vi.fn<MisreadActions['startPick']>(), saveReport: vi.fn<MisreadActions['saveReport']>() });

async function mount(props: Partial<Parameters<typeof MisreadPanel>[0]>) {
  await act(async () => {
    render(<InEnglish><MisreadPanel doubts={[]} lost={[]} saved={null} actions={actions()} {...props} /></InEnglish>, root);
  });
}

describe('the status card when a reading may be wrong', () => {
  it('says so quietly, lists what looks off, and offers both ways out', async () => {
    const spy = actions();
    await mount({ doubts: [doubt], actions: spy });
    const box = $('[data-testid="doubt"]')!;
    expect(box.getAttribute('role')).toBe('status');
    expect(box.textContent).toContain('This reading may be wrong');
    expect($('[data-rule="balance-sum"]')!.textContent).toContain('$250.00 apart');
    await act(async () => $('[data-action="save-report"]')!.click());
    expect(spy.saveReport).toHaveBeenCalledOnce();
  });

  it('"This value is wrong / missing" asks which value, then starts pick mode for it', async () => {
    const spy = actions();
    await mount({ doubts: [doubt], actions: spy });
    await act(async () => $('[data-action="wrong-value"]')!.click());
    expect($('[data-testid="field-chooser"]')).not.toBeNull();
    expect(root.ownerDocument.activeElement?.getAttribute('data-fix-field')).toBe('accountBalance');
    await act(async () => $('[data-fix-field="creditBalance"]')!.click());
    expect(spy.startPick).toHaveBeenCalledWith('creditBalance');
    expect($('[data-testid="field-chooser"]')).toBeNull();
  });

  it('without a doubt, keeps the two actions as quiet links; without a page, shows none', async () => {
    await mount({});
    expect($('[data-testid="doubt"]')).toBeNull();
    expect($('[data-action="wrong-value"]')!.textContent).toBe('A value is wrong or missing?');
    await mount({ actions: null });
    expect($('[data-action="wrong-value"]')).toBeNull();
  });

  it('on a page that could not be read, offers the report alone: there is no value to show', async () => {
    const spy = actions();
    await mount({ unread: true, actions: spy });
    expect($('[data-action="wrong-value"]')).toBeNull();
    await act(async () => $('[data-action="save-report"]')!.click());
    expect(spy.saveReport).toHaveBeenCalledOnce();
  });

  it('tells once about a fix that lost its element, and confirms one just saved', async () => {
    await mount({ lost: [aFix({ createdAt: '2026-11-01T10:00:00.000Z' })], saved: 'cashBalance' });
    expect($('[data-testid="fix-lost"]')!.textContent).toMatch(/^The Ad credit you showed on .* is no longer where it was/);
    expect($('[data-testid="fix-saved"]')!.textContent).toMatch(/^Cash balance: Credit Lens will read it where you showed it/);
  });
});
