// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CAUSE_TEXT } from '../../../lib/hints/rejection-causes';
import { reading } from '../../../lib/hints/testing';
import type { Hint } from '../../../lib/hints/types';
import { msg } from '../../../lib/i18n/message';
import { englishTranslator } from '../../../lib/i18n/node-catalog';
import { CHUNK_IMPORTER, type ChunkImporter } from '../../../lib/handover';

vi.mock('../../../lib/i18n/page-catalog', async () => {
  const { readCatalog } = await import('../../../lib/i18n/node-catalog');
  return { loadPageCatalog: async () => ({ locale: 'en', catalog: readCatalog('en', 'page') }) };
});

const rejection = (causes: NonNullable<Hint['causes']>): Hint => ({
  id: 'rejection:SUMMER50',
  kind: 'rejection',
  state: 'expired',
  severity: 'warning',
  title: msg('common.copied'),
  explanation: [],
  facts: [],
  causes,
  nextStep: {
    label: msg('common.copied'),
    action: { type: 'copy-support', support: { code: 'SUMMER50', accountId: null, errorText: 'This code has expired.', at: '2026-11-24T10:00:00Z', checked: [] } },
  },
});
const cause = (name: 'expired' | 'invalid'): NonNullable<Hint['causes']>[number] => ({ cause: name, score: 0.5, ...CAUSE_TEXT[name], because: [] });
/** The dock's rows as the overlay hands them over. */
const dockRows = (hints: Hint[], more: { guideOpen?: boolean; onGuide?(open: boolean): void } = {}) =>
  ({ kind: 'rows', hints, focus: null, onDismiss() {}, showCouponEntry: null, showOnPage: null, guideOpen: false, onGuide() {}, dismissedCount: 0, restoreDismissed() {}, ...more }) as const;
/** The status card's values as the overlay hands them over, with a page read. */
const statusCard = (more: Partial<import('../StatusCard').StatusCardProps>) => ({ kind: 'status', reading: reading(), reads: 1, error: null, ...more }) as const;

const host = document.createElement('div');
let unmount: () => Promise<void> = async () => {};
afterEach(async () => {
  await unmount();
  host.replaceChildren();
  host.remove();
  delete (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER];
});

/**
 * The overlay's tree and its parts as the extension has them: two module graphs (parts.js is built
 * apart from billing.js), the parts handed over by the loader's importer. Each graph has its own i18n
 * context, so the parts read the translator only through what they are handed. (Preact itself is one
 * package instance under vitest, which does not reload dependencies; the e2e tests run the two copies.)
 */
async function overlayAndParts(importer?: (parts: unknown) => ChunkImporter) {
  vi.resetModules();
  const parts = await import('./entry');
  const partsI18n = await import('../../i18n/i18n');
  vi.resetModules();
  const { act } = await import('preact/test-utils');
  const { LazyPart } = await import('./LazyPart');
  const load = await import('./load');
  expect((await import('../../i18n/i18n')).useT).not.toBe(partsI18n.useT);
  const asked: string[] = [];
  const give: ChunkImporter = importer?.(parts) ?? ((file) => (file === 'parts.js' ? Promise.resolve(parts) : Promise.reject(new Error(file))));
  (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] = (file: string) => {
    asked.push(file);
    return give(file);
  };
  document.body.append(host);
  const microtasks = async () => { for (let i = 0; i < 5; i++) await Promise.resolve(); };
  const settle = () => act(microtasks);
  const shown: InstanceType<typeof LazyPart>[] = [];
  unmount = () => act(() => shown.splice(0).forEach((view) => view.destroy()));
  /**
   * A part shown in English, as the overlay shows it, after `siblings`, and its module let arrive (as
   * one step, so the part's effects run in it); with `wait: false`, only what shows at once.
   */
  const show = async (part: Part, { onShown, siblings = [], wait = true }: { onShown?(): void; siblings?: Node[]; wait?: boolean } = {}) => {
    host.append(...siblings);
    const view = new LazyPart(host, onShown);
    shown.push(view);
    await act(async () => {
      view.update({ part }, englishTranslator());
      if (wait) await microtasks();
    });
    return { view, update: (next: Part) => act(() => view.update({ part: next }, englishTranslator())) };
  };
  return { act, show, asked, settle, load };
}

type Part = import('./entry').Part;
function sibling(words: string): HTMLElement {
  const p = document.createElement('p');
  p.dataset.testid = 'sibling';
  p.textContent = words;
  return p;
}

describe('a part of the overlay loaded on first use (parts.js)', () => {
  it('"Which type do I have?" renders from its own module, its hooks answer, and it closes through the overlay', async () => {
    const { act, show, asked, settle } = await overlayAndParts();
    const onGuide = vi.fn();
    const onShown = vi.fn();
    await show(dockRows([], { guideOpen: true, onGuide }), { onShown });
    await settle();
    expect(asked).toEqual(['parts.js']);
    const guide = host.querySelector('[data-testid="which-type-guide"]');
    expect(guide).not.toBeNull();
    expect(onShown).toHaveBeenCalledTimes(1);
    // The card takes the focus on its heading, as it did when built in.
    expect(document.activeElement?.id).toBe('which-type-title');
    // Its sheets come with it, once.
    expect(document.querySelectorAll('style[data-credit-lens="parts"]')).toHaveLength(2);
    const question = host.querySelector('[data-step]')!.getAttribute('data-step');
    await act(() => host.querySelector<HTMLButtonElement>('.guide-option')!.click());
    expect(host.querySelector('[data-step]')?.getAttribute('data-step') ?? host.querySelector('[data-testid="guide-outcome"]')?.getAttribute('data-outcome')).not.toBe(question);
    await act(() => host.querySelector<HTMLButtonElement>('[data-action="close-guide"]')!.click());
    expect(onGuide.mock.calls).toEqual([[false]]);
  });

  it("a folded row cuts a long name in its title so the answer after it shows, and reads the whole title out", async () => {
    const { act, show, settle } = await overlayAndParts();
    const pending: Hint = {
      ...rejection([]),
      id: 'credit-status:offer-1:pending',
      kind: 'credit-status',
      title: msg('hint.creditStatus.pendingTitle', { name: 'New advertiser offer: spend $50, get $50', time: { time: '2026-12-08T20:09:00Z' } }),
      causes: undefined,
      nextStep: null,
    };
    await show(dockRows([pending]));
    await settle();
    const title = host.querySelector('.hint-title')!;
    const [seen, heard] = [title.querySelector('[aria-hidden="true"]')!, title.querySelector('.visually-hidden')!];
    expect(seen.textContent).toMatch(/^New advertiser offer…: credit expected by Dec 8, 2026/);
    expect(heard.textContent).toMatch(/^New advertiser offer: spend \$50, get \$50: credit expected by Dec 8, 2026/);
    // The toggle's name is the whole title (the seen copy is hidden from assistive technology).
    expect(title.closest('button')!.textContent).toContain(heard.textContent);
    // Unfolded, the title is whole, once.
    await act(() => host.querySelector<HTMLButtonElement>('.hint-toggle')!.click());
    expect(title.textContent).toBe(heard.textContent);
  });

  it("a rejected code's causes render, follow the overlay's updates, and keep what the user ticked", async () => {
    const { act, show, settle } = await overlayAndParts();
    const { update } = await show(dockRows([rejection([cause('expired'), cause('invalid')])]), { siblings: [sibling('before')] });
    await settle();
    const causes = () => [...host.querySelectorAll('[data-cause]')].map((item) => item.getAttribute('data-cause'));
    expect(causes()).toEqual(['expired', 'invalid']);
    expect(host.querySelector('[data-action="copy-support"]')).not.toBeNull();
    const box = host.querySelector<HTMLInputElement>('[data-cause="expired"] input[type="checkbox"]')!;
    await act(() => box.click());
    // The overlay's tree renders again (a new reading): the guide's tree stays and takes the new hint.
    await update(dockRows([rejection([cause('invalid'), cause('expired')])]));
    await settle();
    expect(causes()).toEqual(['invalid', 'expired']);
    expect(host.querySelector<HTMLInputElement>('[data-cause="expired"] input[type="checkbox"]')!.checked).toBe(true);
    expect(host.querySelector('[data-testid="sibling"]')!.textContent).toBe('before');
  });

  it("the status card's misread panel renders its doubt and its actions reach the session", async () => {
    const { act, show, settle } = await overlayAndParts();
    const actions = { startPick: vi.fn(), saveReport: vi.fn() };
    const doubt = { rule: 'no-balance', severity: 'doubt', facts: { pageKind: 'payment', amountsRead: 0 } } as const;
    await show(statusCard({ doubts: [doubt], misread: actions }));
    await settle();
    expect(host.querySelector('[data-testid="doubt"]')!.getAttribute('data-rules')).toBe('no-balance');
    await act(() => host.querySelector<HTMLButtonElement>('[data-action="wrong-value"]')!.click());
    // The chooser is state in the panel's own tree; choosing starts pick mode in the session.
    await act(() => host.querySelector<HTMLButtonElement>('[data-fix-field="cashBalance"]')!.click());
    expect(actions.startPick).toHaveBeenCalledWith('cashBalance');
    await act(() => host.querySelector<HTMLButtonElement>('[data-action="save-report"]')!.click());
    expect(actions.saveReport).toHaveBeenCalledTimes(1);
  });

  it("the status card's heading says what the card holds and which page, not the brand the dock's head already shows", async () => {
    const { show, settle } = await overlayAndParts();
    await show(statusCard({}));
    await settle();
    expect(host.querySelector('.card h2')!.textContent).toBe('What Credit Lens read on this page');
    expect(host.querySelector('.card .heading .page')!.textContent).toBe('Payment');
    // A page that could not be read: what still works, never a developer's command.
    await show(statusCard({ reading: null, error: 'unread' }));
    await settle();
    expect(host.querySelector('[data-field="error"]')!.textContent).toBe(
      'Credit Lens could not read this page, so it shows no hints here. Your notes and reminders still work; reloading the page may help.',
    );
  });

  it('a page that could not be read can still be reported: the card offers "Save a report" alone', async () => {
    const { act, show, settle } = await overlayAndParts();
    const actions = { startPick: vi.fn(), saveReport: vi.fn() };
    await show(statusCard({ reading: null, error: 'unread', misread: actions }));
    await settle();
    expect(host.querySelector('[data-action="wrong-value"]')).toBeNull();
    await act(() => host.querySelector<HTMLButtonElement>('[data-action="save-report"]')!.click());
    expect(actions.saveReport).toHaveBeenCalledTimes(1);
  });

  it('a reading kept from before a failed read still shows, with "Save a report" alone: no value of it can be shown on the page now', async () => {
    const { show, settle } = await overlayAndParts();
    await show(statusCard({ error: 'unread', misread: { startPick: vi.fn(), saveReport: vi.fn() } }));
    await settle();
    expect(host.querySelector('[data-field="accountId"]')).not.toBeNull();
    expect(host.querySelectorAll('[data-action="save-report"]')).toHaveLength(1);
    expect(host.querySelector('[data-action="wrong-value"]')).toBeNull();
  });

  it("pick mode's layer, started from the loaded panel, shows in the same frame and takes the focus", async () => {
    const { act, show, load } = await overlayAndParts();
    await load.loadParts();
    const mode = { view: { box: { top: 10, left: 20, width: 30, height: 40 }, text: '$1,234.50', target: document.body } } as unknown as import('../../misread/pick-mode').PickMode;
    await show({ kind: 'pick', field: 'cashBalance', mode, problem: null });
    expect(host.querySelector('[data-testid="pick-layer"]')).not.toBeNull();
    expect(host.querySelector<HTMLElement>('[data-testid="pick-box"]')!.style.width).toBe('30px');
    expect(host.querySelector('[data-testid="pick-status"]')!.textContent).toContain('$1,234.50');
    await act(async () => { await new Promise((done) => setTimeout(done, 50)); });
    expect(document.activeElement?.hasAttribute('data-pick-bar')).toBe(true);
  });

  it('once the pill has asked for the module, a part shows in the same frame as the tree it is in', async () => {
    const { show, asked, load } = await overlayAndParts();
    load.preloadParts();
    await load.loadParts();
    expect(asked).toEqual(['parts.js']);
    const actions = { startPick() {}, saveReport() {} };
    await show(statusCard({ misread: actions }), { wait: false });
    // No wait for a load: the panel's actions are there as soon as its tree has rendered.
    expect(host.querySelector('[data-action="save-report"]')).not.toBeNull();
    expect(asked).toEqual(['parts.js']);
  });

  it('a module that cannot load says so in the console and leaves the rest of the overlay as it is', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { show, settle } = await overlayAndParts(() => () => Promise.reject(new Error('Failed to fetch dynamically imported module')));
    await show(dockRows([]), { siblings: [sibling('still here')] });
    await settle();
    expect(error).toHaveBeenCalledWith('[Credit Lens] could not load a part of the overlay (parts.js)', expect.any(Error));
    expect(host.querySelector('.lazy-part')!.childNodes).toHaveLength(0);
    expect(host.querySelector('[data-testid="sibling"]')!.textContent).toBe('still here');
  });

  it('leaves with the overlay: its tree is unmounted with the element', async () => {
    const { act, show, settle } = await overlayAndParts();
    const { view } = await show(dockRows([]));
    await settle();
    const holder = host.querySelector<HTMLElement>('.lazy-part')!;
    expect(holder.childNodes.length).toBeGreaterThan(0);
    await act(() => view.destroy());
    expect(holder.isConnected).toBe(false);
    expect(holder.childNodes).toHaveLength(0);
  });
});
