import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { NOTES_OP_MESSAGE, sendNotesOp } from './op-message';

const op = { type: 'quarantine/clear' } as const;

describe('handing a change to the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('sends it in the same task as the call, so a page closed right after its Save loses nothing', () => {
    const spy = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    void sendNotesOp(op);
    // Nothing awaited yet: a lazy import or any other await before sending would leave this empty.
    expect(spy).toHaveBeenCalledWith({ type: NOTES_OP_MESSAGE, op });
  });

  it("resolves on the writer's yes, and rejects with its reason or with a plain one", async () => {
    const answer = (reply: unknown) => vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValueOnce(reply as never);
    answer({ ok: true });
    await expect(sendNotesOp(op)).resolves.toBeUndefined();
    answer({ ok: false, error: 'Not saved: storage is full.' });
    await expect(sendNotesOp(op)).rejects.toThrow('Not saved: storage is full.');
    for (const reply of [undefined, null, 'yes', { ok: 'true' }, { ok: false }]) {
      answer(reply);
      await expect(sendNotesOp(op)).rejects.toThrow("Not saved: Credit Lens's background did not answer. Try again.");
    }
    vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValueOnce(new Error('Could not establish connection'));
    await expect(sendNotesOp(op)).rejects.toThrow('did not answer (Could not establish connection)');
  });
});
