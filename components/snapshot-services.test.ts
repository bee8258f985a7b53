import { beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { NOTES_OP_MESSAGE } from '../lib/notes/op-message';
import { snapshotNotesServices } from './snapshot-services';

beforeEach(() => {
  fakeBrowser.reset();
});

it('the popup and the board hand a change to the background in the same task as the click: closing right after Save loses nothing', () => {
  const spy = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
  void snapshotNotesServices.updateNotes({ type: 'quarantine/clear' });
  // Nothing awaited yet: loading the store first (as this once did, to keep zod out of the first paint) would leave this empty.
  expect(spy).toHaveBeenCalledWith({ type: NOTES_OP_MESSAGE, op: { type: 'quarantine/clear' } });
});
