/**
 * What the language specs share (languages.spec.ts, board-languages.spec.ts): the Language setting stored
 * as the options page stores it, and the board opened on an agency's notebook in a language.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { NOTES_OP_MESSAGE } from '../../lib/notes/ops';
import { agencyNotebook } from '../../scripts/agency-notes';
import { expect } from './extension';

/**
 * Stores the Language setting as the options page does: through the background's one notes writer.
 * Writing storage directly would leave the writer's copy stale, and its next settings write (the dock
 * opening) would put the old language back.
 */
export async function setLanguage(context: BrowserContext, extensionId: string, language: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const op = { type: NOTES_OP_MESSAGE, op: { type: 'settings/update', patch: { language } } };
  const reply = (await page.evaluate(`globalThis.chrome.runtime.sendMessage(${JSON.stringify(op)})`)) as { ok?: boolean } | undefined;
  expect(reply?.ok, JSON.stringify(reply)).not.toBe(false);
  await page.close();
}

/**
 * The board in `language` with an agency's notebook (8 accounts whose items run through the states), put
 * in through the background's import; resolves with the board once its notes are shown.
 */
export async function openAgencyBoard(context: BrowserContext, page: Page, extensionId: string, language: string): Promise<Locator> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const op = { type: NOTES_OP_MESSAGE, op: { type: 'import/apply', file: agencyNotebook({ accounts: 8, items: 10, now: new Date() }) } };
  expect(await page.evaluate(`globalThis.chrome.runtime.sendMessage(${JSON.stringify(op)})`)).toEqual({ ok: true });
  await setLanguage(context, extensionId, language);
  await page.goto(`chrome-extension://${extensionId}/board.html`);
  const board = page.locator('[data-testid="board"][data-ready="true"]');
  await expect(board).toBeVisible();
  return board;
}
