import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { NOTES_VERSION } from './migrations';
import { REVISION_KEY } from './revision';
import { EMPTY_NOTES } from './schema';
import { NOTES_COPY_KEY } from './snapshot';
import { anOffer } from './test-fixtures';

type Contexts = { background: typeof import('./store'); page: typeof import('./snapshot') };

/** The background serving ops and snapshots, and a page: each context has its own module instances. */
async function contexts(): Promise<Contexts> {
  vi.resetModules();
  const background = await import('./store');
  background.serveNotesOps();
  (await import('./snapshot-serve')).serveNotesSnapshots();
  vi.resetModules();
  return { background, page: await import('./snapshot') };
}

const storedRevision = async () => (await browser.storage.local.get(REVISION_KEY))[REVISION_KEY] as string | undefined;
const keptCopy = async () => (await browser.storage.session.get(NOTES_COPY_KEY))[NOTES_COPY_KEY] as { revision: string; json: string } | undefined;
/** Waits for the copy the background keeps after answering (not awaited there, so the page has its reply first). */
const copyKept = () => vi.waitFor(async () => expect((await keptCopy())?.revision).toBe(await storedRevision()));

describe('the copy of the notes a page takes without waking the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it("after a page's ask, a page opening later takes the background's reply from session storage, without asking", async () => {
    const { background, page } = await contexts();
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
    const { background, page } = await contexts();
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
    const { page } = await contexts();
    expect((await page.loadPageNotes()).notes.offers).toEqual([anOffer()]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await keptCopy()).toBeUndefined();
    const sent = vi.spyOn(browser.runtime, 'sendMessage');
    expect((await page.loadPageNotes()).notes.offers).toEqual([anOffer()]);
    expect(sent).toHaveBeenCalled();
  });

  it('a copy that does not parse is passed over for the background', async () => {
    const { background, page } = await contexts();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    await browser.storage.session.set({ [NOTES_COPY_KEY]: { revision: await storedRevision(), json: '{"notes": [' } });
    expect((await page.loadPageNotes()).notes.offers).toEqual([anOffer()]);
  });

  it('"Delete everything" deletes the copy and the revision with the notes', async () => {
    const { background, page } = await contexts();
    await background.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    await page.loadPageNotes();
    await copyKept();
    await background.updateNotes({ type: 'all/delete' });
    expect(await keptCopy()).toBeUndefined();
    expect(await browser.storage.local.get(null)).toEqual({});
    expect((await page.loadPageNotes()).notes.offers).toEqual([]);
  });
});
