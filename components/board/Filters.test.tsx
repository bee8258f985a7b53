// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, type BoardView } from '../../lib/board/view';
import { loadBoardTranslator } from '../../lib/i18n/board-translator';
import type { Translator } from '../../lib/i18n/translate';
import { anAccount } from '../../lib/notes/test-fixtures';
import { TranslatorProvider } from '../i18n/i18n';
import { Filters } from './Filters';
import { afterPaint } from './testing';

const ACCOUNTS = Array.from({ length: 30 }, (_, i) => anAccount({ id: String(7_100_000_000 + i), name: i === 17 ? 'The one account with the longest name' : `Shop ${i}` }));
let root: HTMLDivElement;
let t: Translator;
beforeEach(async () => {
  t = (await loadBoardTranslator('en', 'UTC'))!;
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** Renders the filters, running what the render runs and nothing that waits for the frame to be painted. */
function renderFilters(view: BoardView, onView: (view: BoardView) => void = () => {}) {
  render(
    <TranslatorProvider translator={t}>
      <Filters view={view} onView={onView} accounts={ACCOUNTS} rows={[]} />
    </TranslatorProvider>,
    root,
  );
}
const accountSelect = () => root.querySelector<HTMLSelectElement>('[data-testid="filter-account"]')!;
const optionTexts = () => [...accountSelect().options].map((o) => o.text);

describe("the account filter's options", () => {
  it('are, in the first frame, "All", the chosen account and the longest names (the select is as wide as its widest), and every account once painted', async () => {
    renderFilters({ ...DEFAULT_VIEW, accounts: [ACCOUNTS[3]!.id] });
    const first = optionTexts();
    expect(first.slice(0, 2)).toEqual(['All', `Shop 3 (${ACCOUNTS[3]!.id})`]);
    expect(first).toContain(`The one account with the longest name (${ACCOUNTS[17]!.id})`);
    expect(first.length).toBeLessThanOrEqual(5);
    expect(accountSelect().value).toBe(ACCOUNTS[3]!.id);
    // The other choices have a few options each, all there from the start.
    expect(root.querySelector<HTMLSelectElement>('[data-testid="filter-state"]')!.options.length).toBeGreaterThan(10);

    // Cut by the select's width in a browser: whole in its title.
    expect(accountSelect().title).toBe(`Shop 3 (${ACCOUNTS[3]!.id})`);

    await afterPaint();
    expect(optionTexts()).toEqual(['All', ...ACCOUNTS.map((a) => `${a.name} (${a.id})`).sort(new Intl.Collator(undefined, { numeric: true }).compare)]);
    expect(accountSelect().value).toBe(ACCOUNTS[3]!.id);
  });

  it('are all there as soon as the select is focused or pressed, before the frame is painted', async () => {
    for (const event of [new FocusEvent('focus'), new Event('pointerdown', { bubbles: true })]) {
      renderFilters(DEFAULT_VIEW);
      expect(accountSelect().title, 'no title while all accounts are shown').toBe('');
      expect(optionTexts().length).toBeLessThan(ACCOUNTS.length + 1);
      accountSelect().dispatchEvent(event);
      await Promise.resolve();
      await Promise.resolve();
      expect(optionTexts()).toHaveLength(ACCOUNTS.length + 1);
      render(null, root);
    }
  });
});

describe('"Due within 7 days"', () => {
  it('turns the due-soon filter on and off, says whether it is on, and is undone by "Clear filters"', () => {
    const asked: BoardView[] = [];
    const button = () => root.querySelector<HTMLButtonElement>('[data-testid="due-soon"]')!;
    renderFilters(DEFAULT_VIEW, (view) => asked.push(view));
    expect(button().textContent).toBe('Due within 7 days');
    expect(button().getAttribute('aria-pressed')).toBe('false');
    expect(root.querySelector('[data-testid="clear-filters"]')).toBeNull();
    button().click();
    expect(asked.at(-1)).toEqual({ ...DEFAULT_VIEW, due: true });

    renderFilters({ ...DEFAULT_VIEW, due: true, sort: 'amount' }, (view) => asked.push(view));
    expect(button().getAttribute('aria-pressed')).toBe('true');
    button().click();
    expect(asked.at(-1)).toEqual({ ...DEFAULT_VIEW, sort: 'amount' });
    root.querySelector<HTMLButtonElement>('[data-testid="clear-filters"]')!.click();
    expect(asked.at(-1)).toEqual({ ...DEFAULT_VIEW, sort: 'amount' });
  });
});

describe('the fold a phone puts the choices under', () => {
  const toggle = () => root.querySelector<HTMLButtonElement>('[data-testid="filters-toggle"]')!;
  const folded = () => !root.querySelector('.filters')!.classList.contains('open');

  it('starts folded with nothing chosen, opens and closes, and says which', async () => {
    renderFilters({ ...DEFAULT_VIEW, q: 'shop', due: true });
    expect(folded()).toBe(true);
    expect(toggle().getAttribute('aria-expanded')).toBe('false');
    // The search and the presets are not choices it folds: no count.
    expect(toggle().textContent).toBe('Filters');
    expect(root.querySelector(`#${toggle().getAttribute('aria-controls')}`)!.contains(accountSelect())).toBe(true);
    toggle().click();
    await Promise.resolve();
    expect(folded()).toBe(false);
    expect(toggle().getAttribute('aria-expanded')).toBe('true');
    toggle().click();
    await Promise.resolve();
    expect(folded()).toBe(true);
  });

  it('starts open when a bookmark chose something, and counts the choices made', () => {
    renderFilters({ ...DEFAULT_VIEW, accounts: [ACCOUNTS[1]!.id, ACCOUNTS[2]!.id], states: ['overdue'] });
    expect(folded()).toBe(false);
    expect(toggle().textContent).toBe('Filters 2');
    expect(toggle().querySelector('.pill')!.textContent).toBe('2');
  });
});
