import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../notes/defaults';
import { aCode, anAccount, anOffer } from '../notes/test-fixtures';
import { BOARD_SNAP_KEY, BOARD_SNAP_VERSION, clearBoardSnap, readBoardSnap, writeBoardSnap, type BoardSnap, type SnapStore } from './snap';
import { checkBoardSnap } from './snap-schema';

function memoryStore(): SnapStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value), removeItem: (key) => void items.delete(key) };
}

const SNAP: BoardSnap = {
  locale: 'en',
  catalog: { 'board.heading': 'All accounts', 'board.accounts': { one: '{count} account', other: '{count} accounts' } },
  notes: { accounts: [anAccount()], offers: [anOffer()], codes: [aCode()], notes: [], fixes: [] },
  observations: {},
  settings: DEFAULT_SETTINGS,
};

afterEach(() => vi.restoreAllMocks());

describe("the board's kept copy", () => {
  it('reads back what was written, checked by the notes schema', () => {
    const store = memoryStore();
    writeBoardSnap(SNAP, store);
    expect(readBoardSnap(checkBoardSnap, store)).toEqual(SNAP);
  });

  it('is ignored, with a warning, and dropped when it is another version’s', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = memoryStore();
    store.setItem(BOARD_SNAP_KEY, JSON.stringify({ ...SNAP, version: `0/${BOARD_SNAP_VERSION}` }));
    expect(readBoardSnap(checkBoardSnap, store)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(store.items.has(BOARD_SNAP_KEY)).toBe(false);
  });

  it.each([
    ['text that is not JSON', '{"version":'],
    ['JSON that is not an object', '42'],
    ['an item the notes schema refuses', JSON.stringify({ version: BOARD_SNAP_VERSION, ...SNAP, notes: { ...SNAP.notes, offers: [{ id: 1 }] } })],
    ['settings the schema refuses', JSON.stringify({ version: BOARD_SNAP_VERSION, ...SNAP, settings: { ...SNAP.settings, reminderLeadDays: [-1] } })],
    ['words that are not a catalogue', JSON.stringify({ version: BOARD_SNAP_VERSION, ...SNAP, catalog: { a: 1 } })],
    ['an unknown language', JSON.stringify({ version: BOARD_SNAP_VERSION, ...SNAP, locale: 'xx' })],
    ['without its observations', JSON.stringify({ version: BOARD_SNAP_VERSION, notes: SNAP.notes, settings: SNAP.settings })],
  ])('is ignored, with a warning, and dropped when it is %s', (_what, text) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = memoryStore();
    store.setItem(BOARD_SNAP_KEY, text);
    expect(readBoardSnap(checkBoardSnap, store)).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
    expect(store.items.has(BOARD_SNAP_KEY)).toBe(false);
  });

  it('is gone after clearing, and nothing is read then', () => {
    const store = memoryStore();
    writeBoardSnap(SNAP, store);
    clearBoardSnap(store);
    expect(store.items.size).toBe(0);
    expect(readBoardSnap(checkBoardSnap, store)).toBeNull();
  });

  it('keeps no older copy when storage refuses a new one', () => {
    const store = memoryStore();
    writeBoardSnap(SNAP, store);
    store.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    writeBoardSnap({ ...SNAP, observations: { x: [] } }, store);
    expect(store.items.has(BOARD_SNAP_KEY)).toBe(false);
  });

  it('reads nothing, without throwing, where storage is switched off', () => {
    const store = memoryStore();
    store.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(readBoardSnap(checkBoardSnap, store)).toBeNull();
  });
});
