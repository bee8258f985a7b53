import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { NOTES_VERSION } from './migrations';
import { EMPTY_NOTES } from './schema';
import { aCode, anAccount } from './test-fixtures';

const TODAY = new Date().toISOString().slice(0, 10);
/** Notes stored before the worker wakes: a code received today, so the plan has reminders for it. */
const stored = { notes: { ...EMPTY_NOTES, accounts: [anAccount()], codes: [aCode({ receivedOn: TODAY })] }, notes$: { v: NOTES_VERSION } };

/** The `storage.local.get` calls that read the stored notebook itself, not only versions or other keys. */
const notebookReads = (gets: { mock: { calls: unknown[][] } }) =>
  gets.mock.calls.filter(([keys]) => keys === 'notes' || (Array.isArray(keys) && keys.includes('notes'))).length;

describe("the notes the background keeps, shared by the pages' snapshots and the reminders", () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await browser.storage.local.set(stored);
  });

  it("a worker woken by a page's ask reads the notes once, and answers the page before it plans the reminders", async () => {
    const gets = vi.spyOn(browser.storage.local, 'get');
    const said: string[] = [];
    const getAll = browser.alarms.getAll.bind(browser.alarms);
    vi.spyOn(browser.alarms, 'getAll').mockImplementation(() => {
      said.push('plan');
      return getAll();
    });
    // The worker starts as the browser starts it, with the page's ask the event that woke it.
    vi.resetModules();
    (await import('../../entrypoints/background')).default.main();
    vi.resetModules();
    const page = await import('./snapshot');
    const loaded = await page.loadNotesSnapshot();
    said.push('reply');

    expect(loaded.notes.codes).toEqual(stored.notes.codes);
    await vi.waitFor(async () => expect((await getAll()).length).toBeGreaterThan(1));
    expect(said).toEqual(['reply', 'plan']);
    expect(notebookReads(gets), 'one read of the notebook, for the page and the plan').toBe(1);
  });

  it('a read that failed is not kept: the next ask reads again', async () => {
    vi.resetModules();
    const { keepNotes } = await import('./kept-notes');
    const read = keepNotes();
    vi.spyOn(browser.storage.local, 'get').mockRejectedValueOnce(new Error('storage is not readable'));
    await expect(read()).rejects.toThrow('storage is not readable');
    expect((await read()).notes.codes).toEqual(stored.notes.codes);
  });
});
