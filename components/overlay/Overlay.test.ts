// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { reading } from '../../lib/hints/testing';
import type { Hint } from '../../lib/hints/types';
import { SessionScope } from '../../lib/overlay/scope';
import { CouponTargetTracker } from './outline-tracker';
import { MarkTracker } from './mark-tracker';
import { NO_READ_ELEMENTS } from '../../lib/reader/read-elements';
import type { Mark } from '../../lib/overlay/marks';
import { Overlay, type OverlayActions, type OverlayProps } from './Overlay';
import { msg, type Msg } from '../../lib/i18n/message';
import { testRoot } from '../../tests/support/test-root';
import { CHUNK_IMPORTER } from '../../lib/handover';

// English, plus one test message that is exactly its text, so a card's words can be set per test, and
// two titles whose words are the message's own, as a real title's are (the pill shortens own text).
vi.mock('../../lib/i18n/page-catalog', async () => {
  const { readCatalog } = await import('../../lib/i18n/node-catalog');
  const catalog = { ...readCatalog('en', 'page'), 'test.text': '{text}', 'test.activate': 'Activate {code} · 3 days left', 'test.expected': 'Credit expected by Nov {day}, 2026' };
  return { loadPageCatalog: async () => ({ locale: 'en', catalog }) };
});
const text = (words: string): Msg => ({ key: 'test.text' as Msg['key'], params: { text: words } });
const activate = (code: string): Msg => ({ key: 'test.activate' as Msg['key'], params: { code } });
const expected = (day: number): Msg => ({ key: 'test.expected' as Msg['key'], params: { day } });

const root = testRoot();
// The overlay drawn into the root, once per test, and updated by each `show`.
let overlay: Overlay | null = null;
afterEach(() => {
  overlay?.destroy();
  overlay = null;
});

// The parts a user action shows load as their own module through the loader's importer (./parts/load.ts).
beforeAll(async () => {
  const parts = await import('./parts/entry');
  (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] = (file: string) =>
    file === 'parts.js' ? Promise.resolve(parts) : Promise.reject(new Error(`no ${file} in this test`));
});
afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER];
});
/** Lets a module loaded on first use arrive and render. */
const loaded = () => act(async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); });

const hint = (overrides: Partial<Hint> = {}): Hint => ({
  id: 'credit-status:offer-1:pending',
  kind: 'credit-status',
  state: 'pending',
  severity: 'info',
  title: text('Credit expected by Nov 26, 2026'),
  explanation: [text('The threshold was crossed; credit usually lands within 48 hours.')],
  facts: [{ label: text('Threshold'), value: '$500.00' }],
  nextStep: null,
  ...overrides,
});

function actions() {
  return {
    dismiss: vi.fn<OverlayActions['dismiss']>(),
    restoreDismissed: vi.fn<OverlayActions['restoreDismissed']>(),
    setMinimised: vi.fn<OverlayActions['setMinimised']>(),
    showCouponEntry: vi.fn<OverlayActions['showCouponEntry']>(),
  };
}

async function show(props: Partial<OverlayProps>) {
  await act(() => (overlay ??= new Overlay(root)).update({ reading: reading(), reads: 1, error: null, ...props }));
  // The overlay's words load as their own chunk before it renders.
  await act(async () => {});
}

const cards = () => [...root.querySelectorAll<HTMLElement>('[data-hint]')];

/**
 * The overlay in a module graph of its own, as a fresh page has it: parts.js not asked for yet. Its
 * importer answers when `arrive()` is called (or fails, with `fails`), so a test can act before it does.
 */
async function overlayOfItsOwn({ fails = false } = {}) {
  vi.resetModules();
  const parts = await import('./parts/entry');
  vi.resetModules();
  const { act: freshAct } = await import('preact/test-utils');
  const { Overlay: FreshOverlay } = await import('./Overlay');
  const asked: string[] = [];
  let answer: () => void = () => {};
  const answered = new Promise<void>((done) => (answer = done));
  const before = (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER];
  (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] = (file: string) => {
    asked.push(file);
    return answered.then(() => (fails ? Promise.reject(new Error('Failed to fetch dynamically imported module')) : parts));
  };
  const host = document.createElement('div');
  document.body.append(host);
  const fresh = new FreshOverlay(host);
  const settle = () => freshAct(async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); });
  return {
    host,
    asked,
    act: freshAct,
    async show(props: Partial<OverlayProps>) {
      await freshAct(() => fresh.update({ reading: reading(), reads: 1, error: null, ...props }));
      await freshAct(async () => {});
    },
    async arrive() {
      answer();
      await settle();
    },
    async unmount() {
      fresh.destroy();
      host.remove();
      (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] = before;
    },
  };
}

/** Opens the folded dock as a user would, by its pill, and lets its body (a part) arrive. */
async function openDock() {
  await act(() => root.querySelector<HTMLButtonElement>('[data-testid="badge"]')!.click());
  await loaded();
}

describe('the overlay', () => {
  it('shows a card per hint with its kind and state, in the order given, above the status card', async () => {
    await show({ hints: [hint({ id: 'r', kind: 'rejection', state: 'expired', severity: 'warning' }), hint()] });
    await openDock();
    expect(cards().map((card) => `${card.dataset.hint}/${card.dataset.state}`)).toEqual(['rejection/expired', 'credit-status/pending']);
    expect(root.querySelector('[data-testid="status-card"]')).not.toBeNull();
    expect(root.querySelector('section.dock')?.getAttribute('aria-label')).toBe('Credit Lens');
  });

  it('shows every card as a row (title and next step) whose details open on request', async () => {
    const step = { label: text('Open Finance > Payment') };
    await show({ hints: [hint({ id: 'a', nextStep: step }), hint({ id: 'b' }), hint({ id: 'c', severity: 'warning' })] });
    await openDock();
    const expanded = cards().map((card) => card.querySelector('.hint-toggle')!.getAttribute('aria-expanded'));
    expect(expanded).toEqual(['false', 'false', 'false']);
    expect(cards()[0]!.querySelector('[data-testid="next-step-line"]')?.textContent).toBe('Open Finance > Payment');
    const second = cards()[1]!;
    await act(() => second.querySelector<HTMLButtonElement>('.hint-toggle')!.click());
    expect(second.querySelector('.hint-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(second.querySelector<HTMLElement>('.hint-body')!.hidden).toBe(false);
  });

  it('dismisses a hint through the action, with a button named after the hint', async () => {
    const act$ = actions();
    await show({ hints: [hint()], actions: act$ });
    await openDock();
    const dismiss = root.querySelector<HTMLButtonElement>('[data-action="dismiss"]')!;
    expect(dismiss.getAttribute('aria-label')).toBe('Dismiss: Credit expected by Nov 26, 2026');
    await act(() => dismiss.click());
    expect(act$.dismiss).toHaveBeenCalledWith(expect.objectContaining({ id: 'credit-status:offer-1:pending' }));
  });

  it('offers to bring dismissed hints back', async () => {
    const act$ = actions();
    await show({ hints: [], dismissedCount: 2, actions: act$ });
    await openDock();
    const restore = root.querySelector<HTMLButtonElement>('[data-action="restore-dismissed"]')!;
    expect(restore.textContent).toBe('Show 2 dismissed hints');
    await act(() => restore.click());
    expect(act$.restoreDismissed).toHaveBeenCalled();
  });

  it('starts folded into a pill: the most urgent title and the count of the others; it opens and folds back', async () => {
    const act$ = actions();
    await show({ hints: [hint({ id: 'w', severity: 'warning', title: activate('SPRING-ADS-100') }), hint()], actions: act$ });
    const pill = root.querySelector<HTMLButtonElement>('[data-testid="badge"]')!;
    expect(pill.textContent).toBe('Activate SPRING-ADS-100 · 3 days left+1');
    expect(pill.getAttribute('title')).toBe('Open Credit Lens: Activate SPRING-ADS-100 · 3 days left, and 1 more hint');
    expect(pill.hasAttribute('aria-label'), 'its name is its visible text').toBe(false);
    expect(pill.getAttribute('aria-expanded')).toBe('false');
    expect(root.querySelector<HTMLElement>('[data-testid="dock-body"]')!.hidden).toBe(true);
    expect(root.querySelector('[data-testid="status-card"]')?.getAttribute('data-reads')).toBe('1');
    await act(() => pill.click());
    expect(act$.setMinimised).toHaveBeenCalledWith(false);
    expect(root.querySelector<HTMLElement>('[data-testid="dock-body"]')!.hidden).toBe(false);
    expect(root.querySelector('[data-testid="badge"]')).toBeNull();
    const fold = root.querySelector<HTMLButtonElement>('[data-action="minimise"]')!;
    expect(fold.getAttribute('aria-label')).toBe('Fold Credit Lens');
    await act(() => fold.click());
    expect(act$.setMinimised).toHaveBeenLastCalledWith(true);
    expect(root.querySelector('[data-testid="badge"]')).not.toBeNull();
  });

  it("shortens a long name in the pill's title so the answer after it shows; its tooltip says it whole", async () => {
    const name = 'New advertiser offer: spend $50, get $50';
    await show({ hints: [hint({ title: msg('hint.creditStatus.pendingTitle', { name, time: { time: '2026-12-08T20:09:00Z' } }) })] });
    const pill = root.querySelector<HTMLButtonElement>('[data-testid="badge"]')!;
    expect(pill.querySelector('.pill-title bdi')!.textContent).toBe('New advertiser offer…');
    expect(pill.textContent).toMatch(/^New advertiser offer…: credit expected by Dec \d, 2026/);
    expect(pill.getAttribute('title')).toContain(`${name}: credit expected by`);
    // A name that fits is shown as it is.
    await show({ hints: [hint({ title: msg('hint.creditStatus.pendingTitle', { name: 'Spend 500, get 250', time: { time: '2026-12-08T20:09:00Z' } }) })], reads: 2 });
    expect(pill.textContent).toMatch(/^Spend 500, get 250: credit expected by/);
  });

  it("moves the focus only on the user's own open and fold, and keeps it on the pill while the overlay updates", async () => {
    await show({ hints: [hint({ title: expected(26) })] });
    const pill = root.querySelector<HTMLButtonElement>('[data-testid="badge"]')!;
    pill.focus();
    await show({ hints: [hint({ title: expected(27) })], reads: 2 });
    expect(root.querySelector('[data-testid="badge"]')).toBe(pill);
    expect(document.activeElement).toBe(pill);
    expect(pill.textContent).toBe('Credit expected by Nov 27, 2026');
    await act(() => pill.click());
    expect(document.activeElement).toBe(root.querySelector('[data-action="minimise"]'));
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="minimise"]')!.click());
    expect(document.activeElement).toBe(root.querySelector('[data-testid="badge"]'));
    // Opened and folded from elsewhere (another tab's setting): the focus stays where the user left it.
    const outside = document.body.appendChild(document.createElement('button'));
    outside.focus();
    await show({ hints: [hint()], minimised: false });
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="badge"]')!.click());
    outside.focus();
    await show({ hints: [hint()], minimised: true });
    expect(root.querySelector('[data-testid="badge"]')).not.toBeNull();
    expect(document.activeElement).toBe(outside);
    await show({ hints: [hint()], minimised: false });
    expect(root.querySelector('[data-action="minimise"]')).not.toBeNull();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('moves the dock to the next edge round the window when asked, naming where it goes', async () => {
    const act$ = { ...actions(), moveDock: vi.fn<NonNullable<OverlayActions['moveDock']>>() };
    await show({ hints: [hint()], actions: act$, dockEdge: 'right' });
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="badge"]')!.click());
    const move = root.querySelector<HTMLButtonElement>('[data-action="move-dock"]')!;
    expect(move.getAttribute('aria-label')).toBe('Move to the left edge');
    await act(() => move.click());
    expect(act$.moveDock).toHaveBeenCalledWith('left');
  });

  it('a mark is a named button; pressing it opens the dock on its card, details shown and focused', async () => {
    const scope = new SessionScope({ signal: new AbortController().signal, isValid: true });
    const tracker = new MarkTracker(scope, document, () => null, () => NO_READ_ELEMENTS);
    const pending = hint();
    const other = hint({ id: 'burn-rate:page:x', kind: 'burn-rate', state: 'x', title: text('Other') });
    const mark: Mark = { id: `${pending.id}#balance`, kind: 'balance', hintId: pending.id, severity: 'info', text: text('$50.00 pending · expected Dec 5'), anchor: { type: 'amount', role: 'creditBalance' } };
    await show({ hints: [other, pending], marks: [mark], markTracker: tracker });
    const button = root.querySelector<HTMLButtonElement>('button.mark[data-mark="balance"]')!;
    // Named by what it shows, then what it does (axe: the visible words are in the name).
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).toBe('$50.00 pending · expected Dec 5 Open this hint in Credit Lens');
    expect(button.hasAttribute('aria-label')).toBe(false);
    expect(root.querySelector('[data-testid="dock"]')!.getAttribute('data-open')).toBe('false');
    await act(() => button.click());
    await loaded();
    expect(root.querySelector('[data-testid="dock"]')!.getAttribute('data-open')).toBe('true');
    const card = root.querySelector('[data-hint="credit-status"]')!;
    expect(card.querySelector('.hint-toggle')!.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(card.querySelector('.hint-toggle'));
    expect(root.querySelector('[data-hint="burn-rate"] .hint-toggle')!.getAttribute('aria-expanded')).toBe('false');
    scope.close();
  });

  it('shows spend toward a threshold as a progress bar with its numbers', async () => {
    await show({ hints: [hint({ state: 'earning', progress: { current: 520, target: 1000, currency: 'USD' } })] });
    await openDock();
    const bar = root.querySelector('progress')!;
    expect(bar.getAttribute('value')).toBe('520');
    expect(bar.getAttribute('max')).toBe('1000');
    expect(bar.getAttribute('aria-valuetext')).toBe('$520.00 of $1,000.00');
  });

  it('links a coupon-location hint to the Payment page as a plain same-tab link, and refuses other links', async () => {
    const url = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
    await show({
      hints: [
        hint({ id: 'l', kind: 'coupon-location', state: 'not-found', nextStep: { label: text('Open Finance > Payment'), action: { type: 'open-url', url } } }),
        hint({ id: 'x', kind: 'coupon-location', state: 'elsewhere', nextStep: { label: text('Evil'), action: { type: 'open-url', url: 'javascript:alert(1)' } } }),
      ],
    });
    await openDock();
    const links = [...root.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0]!.getAttribute('href')).toBe(url);
    expect(links[0]!.getAttribute('target')).toBe('_self');
  });

  it('"Show me" scrolls to the coupon entry only when there is one to scroll to', async () => {
    const act$ = actions();
    const step = { label: text('Show me the field'), action: { type: 'scroll-to-coupon-entry' as const } };
    const coupon = hint({ kind: 'coupon-entry', state: 'field', nextStep: step });
    await show({ hints: [coupon], actions: act$ });
    await openDock();
    expect(cards()).toHaveLength(1);
    expect(root.querySelector('[data-action="scroll-to-coupon-entry"]')).toBeNull();

    const scope = new SessionScope({ signal: new AbortController().signal, isValid: true });
    const tracker = new CouponTargetTracker(scope, document, () => null);
    const input = document.createElement('input');
    document.body.append(input);
    tracker.setEntry('field', 'input', input);
    await show({ hints: [coupon], actions: act$, outline: tracker });
    const button = root.querySelector<HTMLButtonElement>('[data-action="scroll-to-coupon-entry"]')!;
    expect(button.textContent).toBe('Show me');
    await act(() => button.click());
    expect(act$.showCouponEntry).toHaveBeenCalled();
    scope.close();
    input.remove();
  });

  it('shows a credit line in its own row, never as ad credit', async () => {
    await show({ reading: reading({ currency: 'EUR', creditBalance: '300.00', creditLine: { available: '41250.00', limit: '50000.00', currency: 'EUR' } }) });
    await openDock();
    const line = root.querySelector('[data-field="creditLine"]')!;
    expect(line.textContent).toMatch(/41,250\.00 available of .*50,000\.00/);
    expect(root.querySelector('[data-field="creditBalance"]')!.textContent).toMatch(/300\.00/);
    await show({ reading: reading() });
    expect(root.querySelector('[data-field="creditLine"]')).toBeNull();
  });

  it('"Show me" on a promotion\'s hint scrolls to its row by the reading\'s selector', async () => {
    const showOnPage = vi.fn();
    const step = { label: text('Show me its row'), action: { type: 'show-on-page' as const, selector: 'tbody > tr:nth-of-type(2)' } };
    await show({ hints: [hint({ kind: 'assignable-credit', state: 'not-assigned', severity: 'warning', nextStep: step })], actions: { ...actions(), showOnPage } });
    await openDock();
    const button = root.querySelector<HTMLButtonElement>('[data-action="show-on-page"]')!;
    expect(button.getAttribute('data-target')).toBe('tbody > tr:nth-of-type(2)');
    await act(() => button.click());
    expect(showOnPage).toHaveBeenCalledWith('tbody > tr:nth-of-type(2)');
  });

  it('announces new critical hints once, in a live region that exists from the start', async () => {
    await show({ hints: [] });
    const region = root.querySelector('[data-testid="announcer"]')!;
    expect(region.getAttribute('aria-live')).toBe('assertive');
    const critical = hint({ id: 'c', severity: 'critical', title: text('Code expires today') });
    await show({ hints: [critical] });
    expect(region.textContent).toBe('Credit Lens: Code expires today');
    await show({ hints: [critical, hint()] });
    expect(region.textContent).toBe('Credit Lens: Code expires today');
  });

  it('shows page text as text: markup in a title, a fact or a cause never becomes elements', async () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await show({
      hints: [
        hint({
          kind: 'rejection',
          state: 'invalid',
          severity: 'warning',
          title: text(evil),
          explanation: [text(evil)],
          facts: [{ label: text('Message'), value: evil }],
          causes: [{ cause: 'invalid', score: 0.5, title: text(evil), because: [text(evil)], check: text(evil) }],
          nextStep: { label: text('Copy support message'), action: { type: 'copy-support', support: { code: evil, accountId: null, errorText: evil, at: '2026-11-24T10:00:00Z', checked: [] } } },
        }),
      ],
    });
    await openDock();
    await act(() => root.querySelector<HTMLButtonElement>('.hint-toggle')!.click());
    await loaded();
    expect(root.querySelector('[data-cause="invalid"]')!.textContent).toContain(evil);
    expect(root.querySelectorAll('img, script')).toHaveLength(0);
    expect(root.querySelector('.hint-title')!.textContent).toBe(evil);
    expect(root.querySelector('dd')!.textContent).toBe(evil);
  });

  it('follows the theme it is given', async () => {
    await show({ theme: 'dark' });
    expect(root.querySelector('.theme')!.getAttribute('data-theme')).toBe('dark');
  });

  it("loads the status card's misread panel once the dock first opens, not before", async () => {
    const doubts = [{ rule: 'no-balance', severity: 'doubt', facts: { pageKind: 'payment', amountsRead: 0 } }] as const;
    await show({ hints: [], doubts, misread: { startPick() {}, saveReport() {} } });
    await loaded();
    expect(root.querySelector('[data-testid="status-card"]')!.getAttribute('data-doubt')).toBe('yes');
    expect(root.querySelector('[data-testid="status-card"] .lazy-part')).toBeNull();
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="badge"]')!.click());
    await loaded();
    expect(root.querySelector('[data-testid="doubt"]')!.getAttribute('data-rules')).toBe('no-balance');
    expect(root.querySelector('[data-action="wrong-value"]')).not.toBeNull();
  });

  it('folded, the dock draws no card and no value: they come with the parts when it first opens, and stay when it folds', async () => {
    await show({ hints: [hint({ id: 'a' }), hint({ id: 'b', kind: 'burn-rate', state: 'x' })] });
    expect(cards()).toHaveLength(0);
    expect(root.querySelector('[data-field]')).toBeNull();
    // The status card's frame is there from the start: it counts the reads (docs/design.md).
    expect(root.querySelector('[data-testid="status-card"]')!.getAttribute('data-reads')).toBe('1');
    await openDock();
    expect(cards().map((card) => card.dataset.hint)).toEqual(['credit-status', 'burn-rate']);
    expect(root.querySelector('[data-testid="status-card"] [data-field="couponEntry"]')).not.toBeNull();
    await act(() => cards()[1]!.querySelector<HTMLButtonElement>('.hint-toggle')!.click());
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="minimise"]')!.click());
    expect(root.querySelector<HTMLElement>('[data-testid="dock-body"]')!.hidden).toBe(true);
    expect(cards()).toHaveLength(2);
    await act(() => root.querySelector<HTMLButtonElement>('[data-testid="badge"]')!.click());
    expect(cards()[1]!.querySelector('.hint-toggle')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('a mark starts loading the parts when it gets the focus; pressed before they arrive, it opens its card, details shown and focused, once they do', async () => {
    const fresh = await overlayOfItsOwn();
    const scope = new SessionScope({ signal: new AbortController().signal, isValid: true });
    const tracker = new MarkTracker(scope, document, () => null, () => NO_READ_ELEMENTS);
    const pending = hint();
    const mark: Mark = { id: `${pending.id}#balance`, kind: 'balance', hintId: pending.id, severity: 'info', text: text('$50.00 pending'), anchor: { type: 'amount', role: 'creditBalance' } };
    try {
      await fresh.show({ hints: [hint({ id: 'other', kind: 'burn-rate', state: 'x' }), pending], marks: [mark], markTracker: tracker });
      const button = fresh.host.querySelector<HTMLButtonElement>('button.mark')!;
      expect(fresh.asked).toEqual([]);
      await fresh.act(() => void button.dispatchEvent(new FocusEvent('focus')));
      expect(fresh.asked).toEqual(['parts.js']);
      await fresh.act(() => button.click());
      expect(fresh.host.querySelector('[data-testid="dock"]')!.getAttribute('data-open')).toBe('true');
      expect(fresh.host.querySelector('[data-hint]')).toBeNull();
      await fresh.arrive();
      const card = fresh.host.querySelector('[data-hint="credit-status"]')!;
      expect(card.querySelector('.hint-toggle')!.getAttribute('aria-expanded')).toBe('true');
      expect(document.activeElement).toBe(card.querySelector('.hint-toggle'));
      expect(fresh.host.querySelector('[data-hint="burn-rate"] .hint-toggle')!.getAttribute('aria-expanded')).toBe('false');
      expect(fresh.asked).toEqual(['parts.js']);
    } finally {
      await fresh.unmount();
      scope.close();
    }
  });

  it("when the parts cannot load, the open dock still lists each hint's title and the console says why", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fresh = await overlayOfItsOwn({ fails: true });
    try {
      await fresh.show({ hints: [hint({ id: 'w', severity: 'warning', title: text('Activate SPRING-ADS-100 · 3 days left') }), hint()] });
      await fresh.act(() => fresh.host.querySelector<HTMLButtonElement>('[data-testid="badge"]')!.click());
      await fresh.arrive();
      const titles = [...fresh.host.querySelectorAll('[data-testid="hint-titles"] li')].map((item) => item.textContent);
      expect(titles).toEqual(['Activate SPRING-ADS-100 · 3 days left', 'Credit expected by Nov 26, 2026']);
      expect(error).toHaveBeenCalledWith('[Credit Lens] could not load a part of the overlay (parts.js)', expect.any(Error));
      // The frame that counts reads stays, and so does the rest of the dock.
      expect(fresh.host.querySelector('[data-testid="status-card"]')!.getAttribute('data-reads')).toBe('1');
      expect(fresh.host.querySelector('[data-action="minimise"]')).not.toBeNull();
    } finally {
      await fresh.unmount();
      error.mockRestore();
    }
  });

  it('opens "Which type do I have?" and closes it again', async () => {
    await show({ hints: [] });
    await openDock();
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="which-type"]')!.click());
    await loaded();
    expect(root.querySelector('[data-testid="which-type-guide"]')).not.toBeNull();
    await act(() => root.querySelector<HTMLButtonElement>('[data-action="close-guide"]')!.click());
    expect(root.querySelector('[data-testid="which-type-guide"]')).toBeNull();
  });
});
