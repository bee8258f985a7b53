/**
 * The popup as its component tests drive it (components/popup/Popup.test.tsx, page-steps.test.tsx): fake services over
 * the real notes reducer, and the popup mounted as its page mounts it, words and lazy panels loaded.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { applyOp, type NotesState } from '../../lib/notes/ops';
import { DEFAULT_SETTINGS, EMPTY_NOTES } from '../../lib/notes/schema';
import type { LoadedNotes, NotesOp } from '../../lib/notes/store';
import { ACCOUNT_ID } from '../../lib/notes/test-fixtures';
import type { BillingReading } from '../../lib/reader/reading';
import { aReading } from '../../lib/reader/test-fixtures';
import type { FoundSummary } from '../../components/popup/page-summary';
import { loadPopupCatalog } from '../../lib/i18n/ui-catalog';
import { Popup } from '../../components/popup/Popup';
import { LazyPanelView } from '../../components/popup/LazyPanelView';
import type { PopupServices } from '../../components/popup/services';
import { testRoot } from './test-root';

export const NOW = new Date('2026-11-24T10:00:00Z');

/** The notes as the background would keep them: ops applied by the real reducer, watchers told. */
export function fakeServices(start: Partial<NotesState> & { quarantined?: LoadedNotes['quarantined']; storageWarning?: string | null } = {}, found: FoundSummary | null = null) {
  let state: NotesState = { notes: EMPTY_NOTES, settings: DEFAULT_SETTINGS, observations: {}, quarantine: [], ...start };
  const loaded = (): LoadedNotes => ({
    notes: state.notes,
    settings: state.settings,
    observations: state.observations,
    quarantined: start.quarantined ?? state.quarantine,
    storageWarning: start.storageWarning ?? null,
  });
  const watchers = new Set<(l: LoadedNotes) => void>();
  const ops: NotesOp[] = [];
  let ids = 0;
  const services: PopupServices = {
    loadNotes: async () => loaded(),
    watchNotes: (cb) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    updateNotes: async (op) => {
      ops.push(op);
      state = applyOp(state, op);
      watchers.forEach((cb) => cb(loaded()));
    },
    newId: () => `id-${++ids}`,
    now: () => NOW,
    findPageSummary: async () => found,
    openOptions: () => {},
    openBoard: vi.fn(),
    openUrl: () => {},
    showOnPage: async () => ({ type: 'shown' }),
  };
  return { services, ops };
}

export const reading = (over: Partial<BillingReading> = {}): BillingReading =>
  aReading({ accountId: ACCOUNT_ID, accountIdSource: 'url', billingType: 'manual', currency: 'EUR', ...over });

/** The popup's root and the ways a test reaches into it. Call once at the top of a test file (it is a testRoot). */
export function popupHarness() {
  const root = testRoot();
  async function mount(services: PopupServices) {
    await act(async () => {
      render(<Popup services={services} />, root);
    });
    // The popup's words arrive as their own chunk (lib/i18n/catalog.ts) before anything renders.
    await act(async () => {
      await loadPopupCatalog('en');
    });
    // Two rounds: notes load, then the page summary.
    await act(async () => {});
    // Forms load after the lists have painted, as in the real popup.
    await act(async () => {
      await LazyPanelView.ready();
    });
  }
  const $ = (selector: string) => root.querySelector<HTMLElement>(selector);
  const $$ = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  const buttonNamed = (text: string) => $$('button').find((button) => button.textContent?.trim() === text)!;
  /** As a user does it: focus, then activate. */
  async function click(element: HTMLElement) {
    await act(async () => {
      element.focus();
      element.click();
    });
  }
  function type(name: string, value: string) {
    const input = root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }
  return { root, mount, $, $$, buttonNamed, click, type };
}
