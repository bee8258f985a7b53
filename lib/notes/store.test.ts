import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { NOTES_VERSION } from './migrations';
import { EXPORT_FORMAT, type NotesDoc } from './schema';
import { ACCOUNT_ID, aCode, aNote, anAccount, anObservation, anOffer } from './test-fixtures';

type StoreModule = typeof import('./store');

/** Each extension context (popup, options page, a tab's content script, the background) has its own module instance. */
async function context(): Promise<StoreModule> {
  vi.resetModules();
  return await import('./store');
}

async function backgroundAndPopup() {
  const background = await context();
  background.serveNotesOps();
  const popup = await context();
  return { background, popup };
}

const rawLocal = () => browser.storage.local.get(null);

describe('notes store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('a first-time user has empty notes, default settings and nothing kept aside', async () => {
    const { popup } = await backgroundAndPopup();
    const loaded = await popup.loadNotes();
    expect(loaded.notes).toEqual({ accounts: [], offers: [], codes: [], notes: [], fixes: [] });
    expect(loaded.settings.reminderLeadDays).toEqual([7, 1]);
    expect(loaded.quarantined).toEqual([]);
    expect(loaded.storageWarning).toBeNull();
  });

  it('an offer added in the popup is stored by the background and read back anywhere', async () => {
    const { popup } = await backgroundAndPopup();
    await popup.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    const options = await context();
    const loaded = await options.loadNotes();
    expect(loaded.notes.offers).toEqual([anOffer()]);
    // The offer's account becomes listable even though the user never named it.
    expect(loaded.notes.accounts.map((a) => a.id)).toEqual([ACCOUNT_ID]);
    expect((await rawLocal())['notes$']).toEqual({ v: NOTES_VERSION });
  });

  it('in the background, updateNotes applies directly instead of messaging itself', async () => {
    const background = await context();
    background.serveNotesOps();
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    await background.updateNotes({ type: 'code/upsert', code: aCode() });
    expect(send).not.toHaveBeenCalled();
    expect((await background.loadNotes()).notes.codes).toHaveLength(1);
  });

  it('an invalid op is refused with the field named, and nothing changes', async () => {
    const { popup } = await backgroundAndPopup();
    await popup.updateNotes({ type: 'offer/upsert', offer: anOffer() });
    const before = await rawLocal();
    const bad = { type: 'offer/upsert', offer: { ...anOffer({ id: 'offer-2' }), threshold: 'lots' } } as const;
    await expect(popup.updateNotes(bad as never)).rejects.toThrow(/op\.offer\.threshold: expected decimal string/);
    expect(await rawLocal()).toEqual(before);
  });

  it('a refused op does not block the ops queued after it', async () => {
    const { popup } = await backgroundAndPopup();
    const results = await Promise.allSettled([
      popup.updateNotes({ type: 'settings/update', patch: { reminderLeadDays: [-3] } }),
      popup.updateNotes({ type: 'note/upsert', note: aNote() }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect((await popup.loadNotes()).notes.notes).toEqual([aNote()]);
  });

  it('says so when the background does not answer, rather than pretending it saved', async () => {
    const popup = await context();
    await expect(popup.updateNotes({ type: 'note/upsert', note: aNote() })).rejects.toThrow(/Not saved/);
  });

  it('ignores messages that are not notes ops, leaving them to other listeners', async () => {
    const { background } = await backgroundAndPopup();
    const other = vi.fn(() => Promise.resolve('pong'));
    browser.runtime.onMessage.addListener(other);
    expect(await browser.runtime.sendMessage({ type: 'credit-lens/page-summary' })).toBe('pong');
    expect((await background.loadNotes()).notes.notes).toEqual([]);
  });

  describe('concurrent writers', () => {
    it('100 interleaved writes from popup, options, two tabs and the background: nothing lost', async () => {
      const background = await context();
      background.serveNotesOps();
      const writers = [background, await context(), await context(), await context(), await context()];
      const base = Date.parse('2026-11-24T00:00:00Z');
      const writes = Array.from({ length: 100 }, (_, i) => {
        const writer = writers[i % writers.length]!;
        switch (i % 4) {
          case 0:
            return writer.updateNotes({ type: 'code/upsert', code: aCode({ id: `code-${i}`, code: `CODE${i}` }) });
          case 1:
            return writer.updateNotes({ type: 'note/upsert', note: aNote({ id: `note-${i}`, text: `note ${i}` }) });
          case 2: {
            // Out of time order on purpose: tabs report late.
            const at = new Date(base + ((i * 37) % 100) * 60_000).toISOString();
            return writer.updateNotes({ type: 'observation/record', observation: anObservation({ at, spendSoFar: `${i}.00` }) });
          }
          default:
            return writer.updateNotes({ type: 'hint/dismiss', hintId: `hint-${i}` });
        }
      });
      await Promise.all(writes);

      const loaded = await background.loadNotes();
      expect(loaded.notes.codes).toHaveLength(25);
      expect(loaded.notes.notes).toHaveLength(25);
      expect(loaded.observations[ACCOUNT_ID]).toHaveLength(25);
      expect(loaded.settings.dismissedHints).toHaveLength(25);
      const times = loaded.observations[ACCOUNT_ID]!.map((o) => Date.parse(o.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
    });

    it('(why) the same writes as parallel read-modify-writes lose updates', async () => {
      const contexts = [await context(), await context(), await context()];
      await Promise.all(
        Array.from({ length: 100 }, async (_, i) => {
          const { notes } = await contexts[i % contexts.length]!.loadNotes();
          const next: NotesDoc = { ...notes, codes: [...notes.codes, aCode({ id: `code-${i}` })] };
          await storage.setItem('local:notes', next);
        }),
      );
      const { notes } = await contexts[0]!.loadNotes();
      expect(notes.codes.length).toBeLessThan(100);
    });
  });

  describe('never losing a note', () => {
    it('a stored offer that fails validation is reported, the valid ones still shown, and nothing written by a reader', async () => {
      const bad = { ...anOffer({ id: 'offer-2' }), threshold: 'five hundred' };
      await browser.storage.local.set({ notes: { accounts: [], offers: [anOffer(), bad], codes: [], notes: [] }, notes$: { v: 2 } });
      const before = await rawLocal();
      const popup = await context();
      const loaded = await popup.loadNotes();
      expect(loaded.notes.offers).toEqual([anOffer()]);
      expect(loaded.quarantined).toMatchObject([{ key: 'notes', path: 'offers[1]', value: bad }]);
      expect(loaded.quarantined[0]!.reason).toMatch(/threshold: expected decimal string/);
      expect(await rawLocal()).toEqual(before);
    });

    it('the next change moves the bad value into the quarantine in the same write, where it stays', async () => {
      const bad = { ...anOffer({ id: 'offer-2' }), threshold: 'five hundred' };
      await browser.storage.local.set({ notes: { accounts: [], offers: [anOffer(), bad], codes: [], notes: [] }, notes$: { v: 2 } });
      const { popup } = await backgroundAndPopup();
      await popup.updateNotes({ type: 'note/upsert', note: aNote() });

      const raw = await rawLocal();
      expect((raw.notes as NotesDoc).offers).toEqual([anOffer()]);
      expect(raw.quarantine).toMatchObject([{ key: 'notes', path: 'offers[1]', value: bad }]);
      const loaded = await popup.loadNotes();
      expect(loaded.quarantined).toHaveLength(1);
      expect(JSON.parse(popup.exportQuarantine(loaded.quarantined)).entries[0].value).toEqual(bad);

      await popup.updateNotes({ type: 'note/upsert', note: aNote({ id: 'note-2' }) });
      expect((await popup.loadNotes()).quarantined).toHaveLength(1);
    });

    it('a value that is not notes at all is kept whole', async () => {
      await browser.storage.local.set({ notes: 'garbage{', settings: { reminderLeadDays: 'soon', overlayMinimised: true } });
      const { popup } = await backgroundAndPopup();
      const loaded = await popup.loadNotes();
      expect(loaded.notes.offers).toEqual([]);
      expect(loaded.settings.overlayMinimised).toBe(true);
      expect(loaded.settings.reminderLeadDays).toEqual([7, 1]);
      expect(loaded.quarantined.map((q) => [q.key, q.path])).toEqual([
        ['notes', ''],
        ['settings', 'reminderLeadDays'],
      ]);
      await popup.updateNotes({ type: 'code/upsert', code: aCode() });
      const raw = await rawLocal();
      expect(raw.quarantine).toMatchObject([{ value: 'garbage{' }, { value: 'soon' }]);
    });

    it('quarantine/clear empties the quarantine after the user exported it', async () => {
      await browser.storage.local.set({ notes: 42 });
      const { popup } = await backgroundAndPopup();
      await popup.updateNotes({ type: 'note/upsert', note: aNote() });
      await popup.updateNotes({ type: 'quarantine/clear' });
      expect((await popup.loadNotes()).quarantined).toEqual([]);
    });
  });

  describe('stored migrations', () => {
    const v1Code = () => {
      const { activateBy: _a, rejectedCause: _r, ...code } = aCode({ status: 'rejected', rejectedMessage: 'Code expired' });
      return code;
    };

    it('any context reads v1 notes migrated in memory, without writing', async () => {
      await browser.storage.local.set({ notes: { accounts: [anAccount()], offers: [], codes: [v1Code()], notes: [] } });
      const popup = await context();
      const loaded = await popup.loadNotes();
      expect(loaded.notes.codes).toEqual([{ ...v1Code(), activateBy: null, rejectedCause: null }]);
      expect(loaded.quarantined).toEqual([]);
      expect((await rawLocal())['notes$']).toBeUndefined();
    });

    it('the background migrates stored v1 notes to the current version through the WXT item and keeps the change it applies', async () => {
      await browser.storage.local.set({ notes: { accounts: [anAccount()], offers: [], codes: [v1Code()], notes: [] }, notes$: { v: 1 } });
      const { popup } = await backgroundAndPopup();
      await popup.updateNotes({ type: 'note/upsert', note: aNote() });
      const raw = await rawLocal();
      expect(raw['notes$']).toEqual({ v: NOTES_VERSION });
      expect((raw.notes as NotesDoc).fixes).toEqual([]);
      expect((raw.notes as NotesDoc).codes).toEqual([{ ...v1Code(), activateBy: null, rejectedCause: null }]);
      expect((raw.notes as NotesDoc).notes).toEqual([aNote()]);
    });

    it('the background stores migrated notes as it starts, whether their version was written or is implied', async () => {
      for (const meta of [{ notes$: { v: 1 } }, {}]) {
        fakeBrowser.reset();
        await browser.storage.local.set({ notes: { accounts: [anAccount()], offers: [], codes: [v1Code()], notes: [] }, ...meta });
        await backgroundAndPopup();
        await vi.waitFor(async () => expect((await rawLocal())['notes$'], JSON.stringify(meta)).toEqual({ v: NOTES_VERSION }));
        expect(((await rawLocal()).notes as NotesDoc).codes).toEqual([{ ...v1Code(), activateBy: null, rejectedCause: null }]);
      }
    });

    it('a background whose notes are at the current version starts without reading them', async () => {
      await browser.storage.local.set({ notes: { accounts: [anAccount()], offers: [], codes: [aCode()], notes: [] }, notes$: { v: NOTES_VERSION } });
      const gets = vi.spyOn(browser.storage.local, 'get');
      await backgroundAndPopup();
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(gets.mock.calls.map(([keys]) => keys).flat()).not.toContain('notes');
    });

    it('notes written by a newer version are shown with a warning and never overwritten', async () => {
      await browser.storage.local.set({ notes: { accounts: [], offers: [anOffer()], codes: [], notes: [] }, notes$: { v: 99 } });
      // Nothing to migrate, so WXT's items are not defined and do not log a refused downgrade either.
      const logged = vi.spyOn(console, 'error');
      const { popup } = await backgroundAndPopup();
      const before = await rawLocal();
      const loaded = await popup.loadNotes();
      expect(loaded.notes.offers).toHaveLength(1);
      expect(loaded.storageWarning).toMatch(/newer version/);
      await expect(popup.updateNotes({ type: 'note/upsert', note: aNote() })).rejects.toThrow(/newer version/);
      expect(await rawLocal()).toEqual(before);
      expect(logged).not.toHaveBeenCalled();
    });
  });

  describe('size guard', () => {
    it('warns when storage passes 80% of the quota', async () => {
      const popup = await context();
      const quota = (browser.storage.local as unknown as { QUOTA_BYTES: number }).QUOTA_BYTES;
      await browser.storage.local.set({ filler: 'x'.repeat(Math.ceil(quota * 0.85)) });
      expect((await popup.loadNotes()).storageWarning).toMatch(/Export your notes/);
    });

    it('uses getBytesInUse where the browser has it', async () => {
      const local = browser.storage.local as unknown as { getBytesInUse?: () => Promise<number> };
      local.getBytesInUse = async () => 9_000_000;
      try {
        const popup = await context();
        expect((await popup.loadNotes()).storageWarning).toMatch(/8\.6 MB/);
      } finally {
        delete local.getBytesInUse;
      }
    });

    it('refuses a change that would pass the quota, and changes nothing', async () => {
      const { popup } = await backgroundAndPopup();
      await popup.updateNotes({ type: 'note/upsert', note: aNote() });
      const quota = (browser.storage.local as unknown as { QUOTA_BYTES: number }).QUOTA_BYTES;
      await browser.storage.local.set({ filler: 'x'.repeat(quota - 2_000) });
      const before = await rawLocal();
      await expect(
        popup.updateNotes({ type: 'note/upsert', note: aNote({ id: 'note-2', text: 'y'.repeat(5_000) }) }),
      ).rejects.toThrow(/Not saved: this change needs about .* Nothing was changed/);
      expect(await rawLocal()).toEqual(before);
      // Deleting still works when full.
      await popup.updateNotes({ type: 'note/delete', id: 'note-1' });
      expect((await popup.loadNotes()).notes.notes).toEqual([]);
    });
  });

  describe('import/apply and all/delete', () => {
    const file = () => ({
      format: EXPORT_FORMAT,
      version: NOTES_VERSION,
      exportedAt: '2026-11-24T10:00:00.000Z',
      notes: { accounts: [anAccount()], offers: [anOffer({ id: 'imported' })], codes: [], notes: [], fixes: [] },
      observations: [anObservation()],
      settings: { reminderLeadDays: [3], overlayOn: { ads: true, business: false }, dismissedHints: [], overlayMinimised: false },
    });

    it('replaces notes, observations and settings in one write', async () => {
      const { popup } = await backgroundAndPopup();
      await popup.updateNotes({ type: 'code/upsert', code: aCode() });
      const sets = vi.spyOn(browser.storage.local, 'set');
      await popup.updateNotes({ type: 'import/apply', file: file() as never });
      expect(sets).toHaveBeenCalledTimes(1);
      const loaded = await popup.loadNotes();
      expect(loaded.notes.codes).toEqual([]);
      expect(loaded.notes.offers.map((o) => o.id)).toEqual(['imported']);
      expect(loaded.observations[ACCOUNT_ID]).toEqual([anObservation()]);
      expect(loaded.settings.reminderLeadDays).toEqual([3]);
    });

    it('a bad file changes nothing', async () => {
      const { popup } = await backgroundAndPopup();
      await popup.updateNotes({ type: 'code/upsert', code: aCode() });
      const before = await rawLocal();
      const bad = { ...file(), notes: { ...file().notes, offers: [{ ...anOffer(), threshold: -1 }] } };
      await expect(popup.updateNotes({ type: 'import/apply', file: bad as never })).rejects.toThrow(/threshold/);
      const old = { ...file(), version: 1 };
      await expect(popup.updateNotes({ type: 'import/apply', file: old as never })).rejects.toThrow(/migrated/);
      expect(await rawLocal()).toEqual(before);
    });

    it('delete all data removes notes, settings, observations and the quarantine', async () => {
      await browser.storage.local.set({ notes: 'garbage' });
      const { popup } = await backgroundAndPopup();
      await popup.updateNotes({ type: 'observation/record', observation: anObservation() });
      await popup.updateNotes({ type: 'settings/update', patch: { overlayMinimised: true } });
      await popup.updateNotes({ type: 'all/delete' });
      expect(await rawLocal()).toEqual({});
      const loaded = await popup.loadNotes();
      expect(loaded.quarantined).toEqual([]);
      expect(loaded.settings.overlayMinimised).toBe(false);
      // And writing again afterwards records the version again.
      await popup.updateNotes({ type: 'note/upsert', note: aNote() });
      expect((await rawLocal())['notes$']).toEqual({ v: NOTES_VERSION });
    });
  });

  describe('watchNotes', () => {
    it('calls back with the new notes after each change, from any context, until stopped', async () => {
      const { popup } = await backgroundAndPopup();
      const options = await context();
      const seen: number[] = [];
      let changed!: () => void;
      let next = new Promise<void>((resolve) => (changed = resolve));
      const stop = options.watchNotes((loaded) => {
        seen.push(loaded.notes.notes.length);
        changed();
      });
      await popup.updateNotes({ type: 'note/upsert', note: aNote() });
      await next;
      expect(seen.at(-1)).toBe(1);
      stop();
      next = new Promise<void>((resolve) => (changed = resolve));
      await popup.updateNotes({ type: 'note/upsert', note: aNote({ id: 'note-2' }) });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(seen.at(-1)).toBe(1);
    });
  });
});
