/**
 * The board's first paint for two builds in one browser (`tsx bench/board-ab.ts <before> <after>`, each
 * a built `chrome-mv3` folder), as bench/board.ts measures one: both extensions are installed side by
 * side with the same agency notebook, and each round opens an empty page, the "before" board and the
 * "after" board in turn, so a busy spell of the shared machine falls on all three. Prints each side's
 * median and its ratio to the same empty page's median, and the median of the rounds' own differences
 * (after minus before, each round's two boards a few hundred ms apart). Also prints, per side, how
 * long after its first rows the board shows its true notes (`data-ready`): 0 for a board that waits
 * for them, the stale window for one that first paints from a kept copy (session 7).
 *
 * On a loaded machine the paired median itself moves by 15-30 ms between runs: one build against a
 * copy of itself gave -13.6 ms (ROUNDS=21), and one change's two orders gave +23.8 and +31.1 (session 7;
 * the empty page opens in the "before" extension's origin, so the slots are not quite alike). Run both
 * orders and take half the difference of the two paired medians as the effect. The mean of the rounds'
 * differences is printed too, with its standard error: an effect smaller than about twice that error
 * cannot be told from the machine's noise (ROUNDS=101 brings it to about 2 ms; session 10).
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { NOTES_OP_MESSAGE } from '../lib/notes/ops';
import { agencyNotebook } from '../scripts/agency-notes';
import { CHROMIUM_FLAGS, chromiumPath, extensionDir } from '../scripts/browser';
import { median } from './first-paint';

const BLANK = 'bench-blank.html';
const CONTENT = ['[data-testid="board-row"]', '[data-testid="timeline-bar"]'];
// 101 by default: at 15 the standard error is about 6 ms, larger than most single changes (session 10).
const ROUNDS = Number(process.env.ROUNDS ?? 101);
const WARM_UPS = 2;
/** STOP_WORKERS=1: every board opens with both extensions' backgrounds stopped (the empty page does not). */
const STOP_WORKERS = process.env.STOP_WORKERS === '1';

const [beforeDir, afterDir] = process.argv.slice(2).map((dir) => resolve(dir));
if (!beforeDir || !afterDir) throw new Error('usage: tsx bench/board-ab.ts <before chrome-mv3 dir> <after chrome-mv3 dir>');

const probe = `(() => {
  const board = location.pathname.endsWith('/board.html');
  const content = ${JSON.stringify(CONTENT)};
  const marks = (window.__firstFrames = {});
  const tick = () => {
    if (marks.content === undefined && (board ? content.every((s) => document.querySelector(s)) : document.body)) marks.content = performance.now();
    // The frame in which the board has its true notes (data-ready): after a first paint from its kept copy, the end of the stale window.
    if (marks.ready === undefined && (!board || document.querySelector('[data-ready="true"]'))) marks.ready = performance.now();
    if (marks.content === undefined || marks.ready === undefined) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface Frames {
  content: number;
  ready: number;
}

async function firstFrame(context: BrowserContext, url: string): Promise<Frames> {
  const page: Page = await context.newPage();
  try {
    if (STOP_WORKERS && url.endsWith('/board.html')) {
      // As after the browser let the background sleep (after 30 s idle; a bookmarked board in the morning): the notes' ask then wakes it.
      const cdp = await context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
    }
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstFrames?: Partial<Frames> }).__firstFrames?.ready !== undefined && (window as unknown as { __firstFrames: Partial<Frames> }).__firstFrames.content !== undefined, null, { timeout: 30_000 });
    return await page.evaluate(() => (window as unknown as { __firstFrames: Frames }).__firstFrames);
  } finally {
    await page.close();
  }
}

const work = await mkdtemp(join(tmpdir(), 'credit-lens-board-ab-'));
try {
  const sides = { before: join(work, 'before'), after: join(work, 'after') };
  for (const [side, from] of [['before', beforeDir], ['after', afterDir]] as const) {
    await cp(extensionDir(from), sides[side], { recursive: true });
    await writeFile(join(sides[side], BLANK), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n');
    await writeFile(join(sides[side], 'bench-side.txt'), side);
  }
  const context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${sides.before},${sides.after}`, `--load-extension=${sides.before},${sides.after}`, ...CHROMIUM_FLAGS],
  });
  try {
    while (context.serviceWorkers().filter((w) => w.url().startsWith('chrome-extension://')).length < 2) await context.waitForEvent('serviceworker', { timeout: 15_000 });
    const origins: Record<string, string> = {};
    const notes = agencyNotebook({ accounts: 100, items: 10, now: new Date() });
    for (const worker of context.serviceWorkers()) {
      const origin = `chrome-extension://${new URL(worker.url()).host}`;
      const seed = await context.newPage();
      await seed.goto(`${origin}/${BLANK}`);
      const side = await seed.evaluate(() => fetch('/bench-side.txt').then((r) => r.text()));
      origins[side] = origin;
      const reply = await seed.evaluate(
        ([type, file]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type, op: { type: 'import/apply', file } }),
        [NOTES_OP_MESSAGE, notes] as const,
      );
      if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error(`seeding ${side} failed: ${JSON.stringify(reply)}`);
      await seed.close();
    }
    await context.addInitScript({ content: probe });
    const times: Record<'blank' | 'before' | 'after', number[]> = { blank: [], before: [], after: [] };
    const stale: Record<'before' | 'after', number[]> = { before: [], after: [] };
    for (let round = -WARM_UPS; round < ROUNDS; round++) {
      const blank = (await firstFrame(context, `${origins.before}/${BLANK}`)).content;
      // Which board goes first alternates, so neither always follows the empty page.
      const order = round % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
      const got: Partial<Record<'before' | 'after', Frames>> = {};
      for (const side of order) got[side] = await firstFrame(context, `${origins[side]}/board.html`);
      if (round < 0) continue;
      times.blank.push(blank);
      for (const side of ['before', 'after'] as const) {
        times[side].push(got[side]!.content);
        stale[side].push(got[side]!.ready - got[side]!.content);
      }
    }
    const empty = median(times.blank);
    const differences = times.after.map((after, i) => after - times.before[i]!);
    const paired = median(differences);
    console.log(`paired: after minus before, median of the rounds' differences: ${paired >= 0 ? '+' : ''}${paired.toFixed(1)} ms`);
    // The rounds' differences spread by some 20 ms (SD) on the shared machine: their mean's standard
    // error says how small an effect this many rounds can tell from nothing (about 2 ms at ROUNDS=101).
    const mean = differences.reduce((sum, d) => sum + d, 0) / differences.length;
    const sd = Math.sqrt(differences.reduce((sum, d) => sum + (d - mean) ** 2, 0) / Math.max(1, differences.length - 1));
    console.log(`paired: mean of the rounds' differences ${mean >= 0 ? '+' : ''}${mean.toFixed(1)} ms, standard error ${(sd / Math.sqrt(differences.length)).toFixed(1)} ms`);
    for (const side of ['before', 'after'] as const) {
      const shown = median(times[side]);
      console.log(`${side}: board first rows and timeline bars at ${shown.toFixed(1)} ms, ${(shown / empty).toFixed(2)} x an empty extension page (${empty.toFixed(1)} ms); medians of ${ROUNDS}, alternated in one browser`);
      console.log(`${side}: the true notes shown ${median(stale[side]).toFixed(1)} ms after the first rows (median; 0 when the first rows are the true ones, more when they came from the kept copy)`);
    }
  } finally {
    await context.close();
  }
} finally {
  await rm(work, { recursive: true, force: true, maxRetries: 3 });
}
