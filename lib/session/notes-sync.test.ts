import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { anOffer } from '../notes/test-fixtures';
import { NotesSync } from './notes-sync';
import { testScope } from '../overlay/test-scope';

type StoreModule = typeof import('../notes/store');

/**
 * The background, in its own module instances as in the extension: it serves the notes snapshot the
 * session reads, and (unless `ops` is false) the single writer its changes go to.
 */
async function background({ ops = true } = {}): Promise<StoreModule> {
  vi.resetModules();
  const store = await import('../notes/store');
  if (ops) store.serveNotesOps();
  (await import('../notes/snapshot-serve')).serveNotesSnapshots();
  vi.resetModules();
  return store;
}

/** Waits until the sync has reported `count` changes. */
async function changes(log: boolean[], count: number): Promise<void> {
  await vi.waitFor(() => expect(log.length).toBeGreaterThanOrEqual(count));
}

describe('a Billing session follows the notes', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('loads the notes once, then follows changes made in the popup', async () => {
    const writer = await background();
    const log: boolean[] = [];
    const sync = new NotesSync(testScope().scope, (first) => log.push(first));
    await changes(log, 1);
    expect(log).toEqual([true]);
    expect(sync.loaded).toBe(true);
    expect(sync.stored?.notes.offers).toEqual([]);
    await writer.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    await changes(log, 2);
    expect(log[1]).toBe(false);
    expect(sync.stored?.notes.offers.map((offer) => offer.id)).toEqual(['offer-1']);
  });

  it('a dismissal shows at once, and is settled when storage echoes it', async () => {
    await background();
    const log: boolean[] = [];
    const sync = new NotesSync(testScope().scope, (first) => log.push(first));
    await changes(log, 1);
    sync.dismiss('coupon-entry:page:field');
    expect(sync.pending.dismissed).toEqual(['coupon-entry:page:field']);
    await vi.waitFor(() => expect(sync.stored?.settings.dismissedHints).toEqual(['coupon-entry:page:field']));
    expect(sync.pending.dismissed).toEqual([]);
  });

  it('restoring and minimising are sent as only what changed', async () => {
    await background();
    const log: boolean[] = [];
    const sync = new NotesSync(testScope().scope, (first) => log.push(first));
    await changes(log, 1);
    sync.dismiss('a');
    sync.dismiss('b');
    await vi.waitFor(() => expect(sync.stored?.settings.dismissedHints).toEqual(['a', 'b']));
    sync.restore(['a']);
    sync.setMinimised(true);
    expect(sync.pending).toMatchObject({ dismissed: [], restored: ['a'], minimised: true });
    await vi.waitFor(() => expect(sync.stored?.settings).toMatchObject({ dismissedHints: ['b'], overlayMinimised: true }));
    expect(sync.pending).toEqual({ dismissed: [], restored: [], minimised: null });
  });

  it('a setting the background did not save is shown as stored again', async () => {
    // A background that serves the notes but takes no change: the write is refused.
    await background({ ops: false });
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const log: boolean[] = [];
    const sync = new NotesSync(testScope().scope, (first) => log.push(first));
    await changes(log, 1);
    sync.setMinimised(true);
    expect(sync.pending.minimised).toBe(true);
    await vi.waitFor(() => expect(sync.pending.minimised).toBeNull());
    expect(sync.stored?.settings.overlayMinimised).toBe(false);
  });

  it('notes that cannot be loaded still start the session, with nothing stored', async () => {
    await background();
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is gone'));
    const log: boolean[] = [];
    const sync = new NotesSync(testScope().scope, (first) => log.push(first));
    await changes(log, 1);
    expect(sync.loaded).toBe(true);
    expect(sync.stored).toBeNull();
  });

  it('with no background to answer, the session starts with nothing stored, and reads no storage itself', async () => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
    const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
    const log: boolean[] = [];
    const sync = new NotesSync(testScope().scope, (first) => log.push(first));
    await changes(log, 1);
    expect(sync.loaded).toBe(true);
    expect(sync.stored).toBeNull();
    expect(reads).not.toHaveBeenCalled();
  });

  it('a session that ended hears no more changes', async () => {
    const writer = await background();
    const log: boolean[] = [];
    const { scope } = testScope();
    new NotesSync(scope, (first) => log.push(first));
    await changes(log, 1);
    scope.close();
    await writer.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(log).toEqual([true]);
  });
});
