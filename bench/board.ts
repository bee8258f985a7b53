/**
 * The deadlines board's first paint with an agency's notebook (issue 13, `npm run bench`): 100 ad
 * accounts of 10 items each, as a ratio to an empty extension page, alternated in one run.
 *
 * Measured as bench/popup.ts measures the popup: the first animation frame in which the board shows
 * its first rows and its timeline's bars (after loading its bundle, reading and validating storage,
 * working out 1,000 rows' states and deadlines, sorting them and laying out the timeline), from
 * navigation start, taken inside the page by an init script on both sides; the empty side is a
 * `bench-blank.html` added to a copy of the built extension. The notes go in through the background's
 * own import op. Target: at most 2.
 *
 * `measureBoardFirstPaint()` returns rows for bench/run.ts; `tsx bench/board.ts` prints them.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { NOTES_OP_MESSAGE } from '../lib/notes/ops';
import { agencyNotebook } from '../scripts/agency-notes';
import { CHROME_BUILD_DIR, extensionDir, launchWithExtension } from '../scripts/browser';
import { invokedDirectly } from '../scripts/invoked-directly';
import type { BenchRow } from './host-overhead';

const BLANK = 'bench-blank.html';
const TARGET = 2;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs at document start in every page: the first frame with the board's rows and bars, or with a body. */
const PROBE = `(() => {
  const board = location.pathname.endsWith('/board.html');
  const marks = (window.__firstFrames = {});
  const tick = () => {
    if (board ? document.querySelector('[data-testid="board-row"]') && document.querySelector('[data-testid="timeline-bar"]') : document.body) {
      marks.content = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function firstFrame(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstFrames?: { content?: number } }).__firstFrames?.content !== undefined, null, { timeout: 30_000 });
    return await page.evaluate(() => (window as unknown as { __firstFrames: { content: number } }).__firstFrames.content);
  } finally {
    await page.close();
  }
}

export async function measureBoardFirstPaint(options: { accounts?: number; items?: number; repeats?: number } = {}): Promise<BenchRow[]> {
  const accounts = options.accounts ?? 100;
  const items = options.items ?? 10;
  const repeats = options.repeats ?? 11;
  const copy = await mkdtemp(join(tmpdir(), 'credit-lens-bench-board-'));
  await cp(extensionDir(CHROME_BUILD_DIR), copy, { recursive: true });
  await writeFile(join(copy, BLANK), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n');
  const browser = await launchWithExtension({ headless: true, dir: copy });
  try {
    const origin = `chrome-extension://${browser.extensionId}`;
    const seed = await browser.context.newPage();
    await seed.goto(`${origin}/${BLANK}`);
    const reply = await seed.evaluate(
      ([type, file]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type, op: { type: 'import/apply', file } }),
      [NOTES_OP_MESSAGE, agencyNotebook({ accounts, items, now: new Date() })] as const,
    );
    if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error(`seeding the notes failed: ${JSON.stringify(reply)}`);
    await seed.close();

    await browser.context.addInitScript({ content: PROBE });
    const board: number[] = [];
    const blank: number[] = [];
    for (let i = 0; i < 2; i++) {
      await firstFrame(browser.context, `${origin}/${BLANK}`);
      await firstFrame(browser.context, `${origin}/board.html`);
    }
    for (let i = 0; i < repeats; i++) {
      blank.push(await firstFrame(browser.context, `${origin}/${BLANK}`));
      board.push(await firstFrame(browser.context, `${origin}/board.html`));
    }
    const shown = median(board);
    const empty = median(blank);
    const ratio = shown / empty;
    return [
      {
        name: `board first paint with ${accounts} accounts x ${items} items vs an empty extension page`,
        value: Math.round(ratio * 100) / 100,
        target: `<= ${TARGET}`,
        unit: 'x',
        pass: ratio <= TARGET,
        detail: `first rows and timeline bars at ${shown.toFixed(1)} ms, empty page ${empty.toFixed(1)} ms (first frame from navigation start, medians of ${repeats}, alternated)`,
      },
    ];
  } finally {
    await browser.close();
    await rm(copy, { recursive: true, force: true, maxRetries: 3 });
  }
}

if (invokedDirectly(import.meta.url)) {
  for (const row of await measureBoardFirstPaint()) {
    console.log(`${row.pass ? 'ok ' : 'NO '} ${row.name}: ${row.value} ${row.unit} (target ${row.target}) - ${row.detail}`);
  }
}
