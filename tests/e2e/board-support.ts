/**
 * What the board's specs share (board.spec.ts, board-layout.spec.ts, timeline.spec.ts): the notebook they
 * open it on, an agency's 100 accounts of 10 items each (scripts/agency-notes.ts), put in through the
 * background's own import op, plus one offer and one code with dates chosen here, to check where their
 * bars sit; and the list's rows and CSV as a user reads them.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { NOTES_OP_MESSAGE } from '../../lib/notes/ops';
import type { ExportFile } from '../../lib/notes/schema';
import { aCode, anOffer } from '../../lib/notes/test-fixtures';
import { agencyAccountId, agencyNotebook } from '../../scripts/agency-notes';
import { dayFromToday, expect } from './extension';

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const EVIL_NAME = '=HYPERLINK("https://example.invalid","click")';
export const localMidnight = (day: string) => new Date(`${day}T00:00:00`).getTime();

interface Seeded {
  file: ExportFile;
  crossedAt: number;
  receivedOn: string;
}

/** 100 accounts x 10 items, an account whose name is a spreadsheet formula, and the two items the timeline test measures. */
function seededNotebook(now: Date): Seeded {
  const file = agencyNotebook({ accounts: 100, items: 10, now });
  file.notes.accounts[42]!.name = EVIL_NAME;
  const crossedAt = now.getTime() - 10 * HOUR;
  const receivedOn = dayFromToday(-3, now);
  const stamp = now.toISOString();
  file.notes.offers.push(
    anOffer({
      id: 'px-offer',
      accountId: agencyAccountId(0),
      name: 'Measured offer',
      threshold: '100.00',
      creditAmount: '50.00',
      activatedOn: new Date(now.getTime() - 6 * DAY).toISOString(),
      crossedOn: new Date(crossedAt).toISOString(),
      createdAt: stamp,
      updatedAt: stamp,
    }),
  );
  file.notes.codes.push(
    aCode({ id: 'px-code', accountId: agencyAccountId(0), code: 'MEASURED-CODE', source: null, receivedOn, amount: '75.00', createdAt: stamp, updatedAt: stamp }),
  );
  return { file, crossedAt, receivedOn };
}

export const TOTAL = 100 * 10 + 2;

/** The board on the seeded notebook, which `adjust` may change before it is imported. */
export async function openBoard(page: Page, extensionId: string, query = '', scheme: 'light' | 'dark' = 'light', adjust?: (file: ExportFile) => void): Promise<Seeded> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const seeded = seededNotebook(new Date());
  adjust?.(seeded.file);
  const reply = await page.evaluate(([type, file]) => chrome.runtime.sendMessage({ type, op: { type: 'import/apply', file } }), [NOTES_OP_MESSAGE, seeded.file] as const);
  expect(reply).toEqual({ ok: true });
  await page.goto(`chrome-extension://${extensionId}/board.html${query}`);
  await expect(page.getByTestId('board')).toHaveAttribute('data-ready', 'true');
  return seeded;
}

export const rows = (page: Page) => page.getByTestId('board-row');
export const shownCount = async (page: Page) => Number(await page.getByTestId('shown-count').getAttribute('data-count'));
export const rowKeys = (page: Page) => rows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-key')!));
/** The texts of the rows in the DOM, as the CSV names them. */
export const rowCells = (page: Page) =>
  rows(page).evaluateAll((trs) =>
    trs.map((tr) => {
      const text = (col: string, part = '.cell-main') => tr.querySelector(`td[data-col="${col}"] ${part}`)?.textContent?.trim() ?? tr.querySelector(`td[data-col="${col}"]`)!.textContent!.trim();
      return [text('account'), text('account', '.cell-sub'), text('item'), text('state', '.state-chip'), text('amount', ''), text('deadline'), text('deadline', '.cell-sub'), text('step', '')];
    }),
  );

/** RFC 4180, enough for what the board writes. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      out.push(row);
      (row = []), (cell = ''), i++;
    } else cell += ch;
  }
  return out;
}

export async function exportCsv(page: Page): Promise<string[][]> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^credit-lens-board-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parseCsv(text.slice(1));
}
