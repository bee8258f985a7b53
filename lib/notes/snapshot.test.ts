import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { NOTES_VERSION } from './migrations';
import { REVISION_KEY } from './revision';
import { EMPTY_NOTES } from './schema';
import { NOTES_COPY_KEY } from './snapshot';
import { anOffer } from './test-fixtures';
import type { PostedAsk } from './worker-post';

type Contexts = { background: typeof import('./store'); board: typeof import('./snapshot') };

/** The background serving ops and snapshots, and a board page: each context has its own module instances. */
async function contexts(): Promise<Contexts> {
  vi.resetModules();
  const background = await import('./store');
  background.serveNotesOps();
  (await import('./snapshot-serve')).serveNotesSnapshots();
  vi.resetModules();
  return { background, board: await import('./snapshot') };
}

describe("the notes snapshot the popup and the board paint from", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('is the notes as the page would read them itself, in one string', async () => {
    const { background, board } = await contexts();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    const loaded = await board.loadNotesSnapshot();
    expect(loaded).toEqual(await background.loadNotes());
    expect(typeof (await send.mock.results[0]!.value).json).toBe('string');
  });

  it('after a change, the next snapshot has it: a stored change drops the one the background kept', async () => {
    const { background, board } = await contexts();
    expect((await board.loadNotesSnapshot()).notes.offers).toEqual([]);
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    expect((await board.loadNotesSnapshot()).notes.offers).toEqual([anOffer()]);
  });

  it('the page reads storage itself when the background does not answer or answers something else', async () => {
    const { background, board } = await contexts();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    const expected = await background.loadNotes();
    expect(await board.loadNotesSnapshot(() => Promise.reject(new Error('Could not establish connection')))).toEqual(expected);
    expect(await board.loadNotesSnapshot(async () => ({ ok: true, json: 42 }))).toEqual(expected);
    expect(await board.loadNotesSnapshot(async () => ({ ok: true, json: '{"notes": [' }))).toEqual(expected);
    expect(await board.loadNotesSnapshot(async () => ({ ok: false, error: 'storage is not readable' }))).toEqual(expected);
  });

  it("the Billing module's ask has no fallback: it says why there are no notes, and never reads storage itself", async () => {
    const { background, board } = await contexts();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    expect((await board.askNotesSnapshot()(false)).notes.offers).toEqual([anOffer()]);
    const reads = vi.spyOn(browser.storage.local, 'get');
    await expect(board.askNotesSnapshot(async () => ({ ok: false, error: 'storage is not readable' }))(false)).rejects.toThrow('storage is not readable');
    await expect(board.askNotesSnapshot(async () => ({ ok: true, json: '{"offers": []}' }))(false)).rejects.toThrow('without their lists');
    await expect(board.askNotesSnapshot(async () => undefined)(false)).rejects.toThrow('no notes');
    expect(reads).not.toHaveBeenCalled();
  });

  it('a page watching it gets each change from the background, without reading storage itself', async () => {
    const { background, board } = await contexts();
    const seen: number[] = [];
    const stop = board.watchNotesSnapshot((loaded) => seen.push(loaded.notes.offers.length), board.askNotesSnapshot());
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(1));
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer({ id: 'offer-2' }) });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(2));
    stop();
    await background.updateNotes({ type: 'offer/delete', id: 'offer-2' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.at(-1), 'no call after stop').toBe(2);
  });

  it('an ask marked fresh makes the background read again; an unmarked one is answered from what it kept', async () => {
    const { background, board } = await contexts();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    await board.loadNotesSnapshot();
    const reads = vi.spyOn(browser.storage.local, 'get');
    await board.loadNotesSnapshot();
    expect(reads).not.toHaveBeenCalled();
    await board.loadNotesSnapshot(undefined, true);
    expect(reads).toHaveBeenCalled();
  });

  it("an extension page with the background's worker asks through it, not by a runtime message, and gets the same notes", async () => {
    // The background as a service worker: its message listener is what serveNotesSnapshots adds.
    vi.stubGlobal('ServiceWorkerGlobalScope', function ServiceWorkerGlobalScope() {});
    let deliver: ((event: PostedAsk) => void) | undefined;
    vi.stubGlobal('addEventListener', (type: string, listener: (event: PostedAsk) => void) => {
      if (type === 'message') deliver = listener;
    });
    const { background, board } = await contexts();
    vi.unstubAllGlobals();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    vi.stubGlobal('navigator', {
      serviceWorker: {
        controller: {
          scriptURL: browser.runtime.getURL('/background.js'),
          postMessage: (data: unknown, ports: MessagePort[]) => deliver!({ data, ports, waitUntil: () => {} }),
        },
      },
    });
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    try {
      expect(await board.loadNotesSnapshot()).toEqual(await background.loadNotes());
      expect(send).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it("right after a save resolves, the next snapshot has it, before storage's change event reaches the background", async () => {
    // The background's change listener hears nothing here: only the writer can tell its snapshot is old.
    const heard = vi.spyOn(browser.storage.onChanged, 'addListener').mockImplementation(() => {});
    const { background, board } = await contexts();
    heard.mockRestore();
    expect((await board.loadNotesSnapshot()).notes.offers).toEqual([]);
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    expect((await board.loadNotesSnapshot()).notes.offers).toEqual([anOffer()]);
  });
});

const storedRevision = async () => (await browser.storage.local.get(REVISION_KEY))[REVISION_KEY] as string | undefined;
const keptCopy = async () => (await browser.storage.session.get(NOTES_COPY_KEY))[NOTES_COPY_KEY] as { revision: string; json: string } | undefined;
/** Waits for the copy the background keeps after answering (not awaited there, so the page has its reply first). */
const copyKept = () => vi.waitFor(async () => expect((await keptCopy())?.revision).toBe(await storedRevision()));

describe('the copy of the notes a page takes without waking the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("after a page's ask, a page opening later takes the background's reply from session storage, without asking", async () => {
    const { background, board: page } = await contexts();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    const first = await page.loadPageNotes();
    await copyKept();

    const sent = vi.spyOn(browser.runtime, 'sendMessage');
    const again = await page.loadPageNotes();
    expect(sent).not.toHaveBeenCalled();
    expect(again).toEqual(first);
    expect(again).toEqual(await background.loadNotes());
  });

  it('every change stores a new revision with it, so a copy made before the change is not taken: the page asks and has the change', async () => {
    const { background, board: page } = await contexts();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    await page.loadPageNotes();
    await copyKept();
    const before = await storedRevision();

    await background.updateNotes({ type: 'offer/upsert', offer: anOffer({ id: 'offer-2' }) });
    expect(await storedRevision()).not.toBe(before);
    expect((await keptCopy())?.revision, 'the copy is still the old one').toBe(before);
    const sent = vi.spyOn(browser.runtime, 'sendMessage');
    expect((await page.loadPageNotes()).notes.offers.map((offer) => offer.id)).toEqual(['offer-1', 'offer-2']);
    expect(sent).toHaveBeenCalled();
  });

  it('notes stored with no revision (by a version before it) are never copied: each page asks', async () => {
    await browser.storage.local.set({ notes: { ...EMPTY_NOTES, offers: [anOffer()] }, notes$: { v: NOTES_VERSION } });
    const { board: page } = await contexts();
    // The background keeps a copy, if at all, as it makes its reply: by the time the page has the reply.
    const kept = vi.spyOn(browser.storage.session, 'set');
    expect((await page.loadPageNotes()).notes.offers).toEqual([anOffer()]);
    expect(kept).not.toHaveBeenCalled();
    expect(await keptCopy()).toBeUndefined();
    const sent = vi.spyOn(browser.runtime, 'sendMessage');
    expect((await page.loadPageNotes()).notes.offers).toEqual([anOffer()]);
    expect(sent).toHaveBeenCalled();
  });

  it('a copy that does not parse is passed over for the background', async () => {
    const { background, board: page } = await contexts();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    await browser.storage.session.set({ [NOTES_COPY_KEY]: { revision: await storedRevision(), json: '{"notes": [' } });
    expect((await page.loadPageNotes()).notes.offers).toEqual([anOffer()]);
  });

  it('"Delete everything" deletes the copy and the revision with the notes', async () => {
    const { background, board: page } = await contexts();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    await page.loadPageNotes();
    await copyKept();
    await background.updateNotes({ type: 'all/delete' });
    expect(await keptCopy()).toBeUndefined();
    expect(await browser.storage.local.get(null)).toEqual({});
    expect((await page.loadPageNotes()).notes.offers).toEqual([]);
  });
});
