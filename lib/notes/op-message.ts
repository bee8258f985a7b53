/**
 * How a page hands a change to the background's single writer (store.ts serves it): one message, sent
 * in the same task as the user's click, so that closing the page right after cannot lose it. It imports
 * no schema: the popup and the board send changes without loading zod first (the background checks
 * every op it gets, and its reply here is checked by its shape).
 */
import { browser } from 'wxt/browser';
import type { NotesOp } from './ops';

export const NOTES_OP_MESSAGE = 'credit-lens/notes-op';

/** An error's message, whatever was thrown. */
export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** Resolves once the change is stored; rejects with a message for the user when it was refused. */
export async function sendNotesOp(op: NotesOp): Promise<void> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage({ type: NOTES_OP_MESSAGE, op });
  } catch (error) {
    throw new Error(`Not saved: Credit Lens's background did not answer (${errorText(error)}). Try again.`);
  }
  const { ok, error } = (typeof reply === 'object' && reply !== null ? reply : {}) as { ok?: unknown; error?: unknown };
  if (ok === true) return;
  throw new Error(ok === false && typeof error === 'string' ? error : "Not saved: Credit Lens's background did not answer. Try again.");
}
