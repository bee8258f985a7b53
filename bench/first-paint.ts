/**
 * An extension page's first paint with a seeded notebook, as a ratio to an empty extension page: how
 * bench/popup.ts and bench/board.ts measure, so both rows are fair in the same way.
 *
 * - "first paint" is the first animation frame in which the page's content is in the document, taken
 *   inside the page by the same init script on both sides (it runs at document start through the
 *   DevTools protocol, before any page script, and polls with requestAnimationFrame). Times are from
 *   navigation start (`performance.now()`), so Playwright's round trips are not counted on either side.
 * - the empty page: a `bench-blank.html` with no script or style, added to a throwaway copy of the
 *   built extension, so it is served by the same extension, origin and process model; until its first
 *   frame with a body. The extension has no empty page of its own, and a page of another origin
 *   (about:blank) would skip the extension's loading path.
 * - the notes go in through the extension's own writer (an `import/apply` op sent to the background,
 *   exactly what the options page's Import sends), so they are validated and stored as real notes are.
 * - warm-up first (the first pages of a fresh profile pay for caches both sides then share), then the
 *   two sides alternate, so a slow spell of the machine falls on both; each side's median counts.
 */
import type { BenchRow } from './host-overhead';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { NOTES_OP_MESSAGE } from '../lib/notes/ops';
import type { ExportFile } from '../lib/notes/schema';
import { CHROME_BUILD_DIR, extensionDir, launchWithExtension, workerSleeper } from '../scripts/browser';

const BLANK = 'bench-blank.html';
const FLOOR = 'bench-floor.html';
const WARM_UPS = 2;

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The middle half of the rounds' own ratios, each round's page over the empty page opened in that
 * round: how far a row's ratio of medians may land from run to run on a busy machine (one full bench
 * gave the board 2.000x, and five single runs of the same build 2.10 to 2.59x).
 */
export function ratioSpread(shown: readonly number[], empty: readonly number[]): string {
  const ratios = shown.map((ms, i) => ms / empty[i]!).sort((a, b) => a - b);
  const at = (share: number) => ratios[Math.floor(ratios.length * share)]!.toFixed(2);
  return `the rounds' own ratios ${at(0.25)}-${at(0.75)}x (middle half)`;
}

export interface FirstFrames {
  /** The first frame with the page's shell (`shell` selector); the content's frame when none is given. */
  shell: number;
  /** The first frame with every `content` selector in the document. */
  content: number;
}

export interface FirstPaintBench<Extra> {
  /** The extension page, e.g. `popup.html`. */
  page: string;
  notes: ExportFile;
  /** Selectors that must all match for the content to count as painted. */
  content: readonly string[];
  shell?: string;
  /** Measured runs per side, after the warm-up. */
  repeats: number;
  /** The built extension to measure (a `chrome-mv3` folder); the project's build by default. */
  dir?: string;
  /** Runs in the measured page once its content is painted (e.g. timing a click); not on the empty side. */
  after?: (page: Page) => Promise<Extra>;
  /**
   * A third side, alternated with the other two: a page with no UI whose module script is `floor`, until
   * its first frame with an element `#bench-done`, which the script adds once it has what it waited for.
   * It measures what the browser costs the measured page before any of its own work (bench/board.ts).
   */
  floor?: string;
  /**
   * Every side opens with the background asleep, as the browser leaves it after some 30 s idle: the
   * worker is stopped (the DevTools protocol's ServiceWorker.stopAllWorkers) before each opening, so a
   * page waits for it to start, and with no extension page open the extension's process starts too.
   */
  workerAsleep?: boolean;
}

export interface FirstPaintRuns<Extra> {
  page: (FirstFrames & { extra?: Extra })[];
  blank: FirstFrames[];
  /** Empty unless `floor` was given. */
  floor: FirstFrames[];
}

/** Runs at document start in every page: the first frames with `page`'s shell and content, with the floor's `#bench-done`, or with a body. */
function firstFrameProbe(page: string, content: readonly string[], shell: string | undefined): string {
  return `(() => {
    const measured = location.pathname.endsWith(${JSON.stringify(`/${page}`)});
    const floor = location.pathname.endsWith(${JSON.stringify(`/${FLOOR}`)});
    const content = ${JSON.stringify(content)};
    const shell = ${JSON.stringify(shell ?? null)};
    const marks = (window.__firstFrames = {});
    const tick = () => {
      const now = performance.now();
      if (measured) {
        if (shell && marks.shell === undefined && document.querySelector(shell)) marks.shell = now;
        if (content.every((selector) => document.querySelector(selector))) {
          marks.shell ??= now;
          marks.content = now;
          return;
        }
      } else if (floor ? document.getElementById('bench-done') : document.body) {
        marks.shell = marks.content = now;
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

async function waitForFirstFrames(page: Page): Promise<FirstFrames> {
  await page.waitForFunction(() => (window as unknown as { __firstFrames?: { content?: number } }).__firstFrames?.content !== undefined, null, {
    timeout: 30_000,
  });
  return page.evaluate(() => (window as unknown as { __firstFrames: FirstFrames }).__firstFrames);
}

export async function measureFirstPaint<Extra = never>(bench: FirstPaintBench<Extra>): Promise<FirstPaintRuns<Extra>> {
  const copy = await mkdtemp(join(tmpdir(), 'credit-lens-bench-extension-'));
  await cp(extensionDir(bench.dir ?? CHROME_BUILD_DIR), copy, { recursive: true });
  await writeFile(join(copy, BLANK), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n');
  if (bench.floor !== undefined) {
    await writeFile(join(copy, FLOOR), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>floor</title><script type="module" src="/bench-floor.js"></script></head><body></body></html>\n');
    await writeFile(join(copy, 'bench-floor.js'), bench.floor);
  }
  const browser = await launchWithExtension({ headless: true, dir: copy });
  try {
    const origin = `chrome-extension://${browser.extensionId}`;
    const seed = await browser.context.newPage();
    await seed.goto(`${origin}/${BLANK}`);
    const reply = await seed.evaluate(
      ([type, file]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type, op: { type: 'import/apply', file } }),
      [NOTES_OP_MESSAGE, bench.notes] as const,
    );
    if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error(`seeding the notes failed: ${JSON.stringify(reply)}`);
    await seed.close();
    // On a page of no origin of ours, so nothing of the extension stays open between openings.
    const sleep = bench.workerAsleep ? await workerSleeper(browser.context, await browser.context.newPage(), browser.extensionId) : null;
    const asleep = async () => {
      if (!sleep) return;
      await sleep();
      // The pause these rows were first measured with, kept so they read as before: it also gives the
      // extension's process, with nothing of it left open, time to go before the next opening.
      await new Promise((settled) => setTimeout(settled, 300));
    };

    await browser.context.addInitScript({ content: firstFrameProbe(bench.page, bench.content, bench.shell) });
    const open = async <T>(url: string, measure: (page: Page) => Promise<T>): Promise<T> => {
      await asleep();
      const page = await browser.context.newPage();
      try {
        await page.goto(url);
        return await measure(page);
      } finally {
        await page.close();
      }
    };
    const blank = () => open(`${origin}/${BLANK}`, waitForFirstFrames);
    const floor = () => open(`${origin}/${FLOOR}`, waitForFirstFrames);
    const measured = () =>
      open(`${origin}/${bench.page}`, async (page) => {
        const frames = await waitForFirstFrames(page);
        return bench.after ? { ...frames, extra: await bench.after(page) } : frames;
      });
    const withFloor = bench.floor !== undefined;
    for (let i = 0; i < WARM_UPS; i++) {
      await blank();
      if (withFloor) await floor();
      await measured();
    }
    const runs: FirstPaintRuns<Extra> = { page: [], blank: [], floor: [] };
    for (let i = 0; i < bench.repeats; i++) {
      runs.blank.push(await blank());
      if (withFloor) runs.floor.push(await floor());
      runs.page.push(await measured());
    }
    return runs;
  } finally {
    await browser.close();
    await rm(copy, { recursive: true, force: true, maxRetries: 3 });
  }
}

/** A first-paint bench row: `shown` as a ratio to an empty extension page's first frame, against `target`, or for information (null). */
export function firstPaintRow(name: string, shownMs: number, emptyMs: number, target: number | null, detail: string): BenchRow {
  const ratio = shownMs / emptyMs;
  const value = Math.round(ratio * 100) / 100;
  return target === null ? { name, value, target: '', unit: 'x', pass: true, detail } : { name, value, target: `<= ${target}`, unit: 'x', pass: ratio <= target, detail };
}

/** What `tsx bench/<page>.ts` prints: one line per row. */
export function printRows(rows: readonly BenchRow[]): void {
  for (const row of rows) {
    const verdict = !row.target ? 'info' : row.pass ? 'ok  ' : 'NO  ';
    console.log(`${verdict} ${row.name}: ${row.value} ${row.unit}${row.target ? ` (target ${row.target})` : ''} - ${row.detail}`);
  }
}
