/**
 * Popup time to first render with a full notebook (issue 4, `npm run bench`): 200 offers and 200 promo
 * codes on one ad account, with 200 observations, as a ratio to an empty extension page, alternated in
 * one run on this machine.
 *
 * What is compared, and why it is fair:
 * - "first render" is the first animation frame in which the content is in the document, taken inside
 *   the page by the same init script on both sides (it runs at document start through the DevTools
 *   protocol, before any page script, and polls with requestAnimationFrame). Times are from navigation
 *   start (`performance.now()`), so Playwright's round trips are not counted on either side.
 * - the popup: `popup.html` until both lists are on screen, i.e. after it loaded its bundle, read and
 *   validated storage, worked out every deadline, sorted both lists and rendered them. The lists show
 *   their 20 most urgent items each and a "Show all" button (components/popup/ShowMore.tsx), as a
 *   user sees them. The shell's first frame (header, before the notes arrive) and the time "Show all"
 *   takes to render all 200 + 200 cards are reported in the detail.
 * - the empty page: a `bench-blank.html` with no script or style, added to a throwaway copy of the
 *   built extension, so it is served by the same extension, origin and process model; until its
 *   first frame with a body. The extension has no empty page of its own, and a page of another origin
 *   (about:blank) would skip the extension's loading path.
 * The notes are put in through the extension's own writer (an `import/apply` op sent to the
 * background, exactly what the options page's Import sends), so they are validated and stored as
 * real notes are.
 *
 * `measurePopupFirstRender()` returns rows for bench/run.ts; `tsx bench/popup.ts` prints them.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { NOTES_VERSION } from '../lib/notes/migrations';
import { NOTES_OP_MESSAGE } from '../lib/notes/ops';
import { EXPORT_FORMAT, type Code, type ExportFile, type Observation, type Offer } from '../lib/notes/schema';
import { CHROME_BUILD_DIR, extensionDir, launchWithExtension } from '../scripts/browser';
import type { BenchRow } from './host-overhead';
import { invokedDirectly } from '../scripts/invoked-directly';

export interface PopupBenchOptions {
  /** Offers, and as many codes, on the one account. */
  items?: number;
  /** Measured runs per side, after warm-up; the sides alternate and each side's median counts. */
  repeats?: number;
}

const ACCOUNT_ID = '7234567890123456789';
const BLANK = 'bench-blank.html';
const TARGET = 4;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const pad = (n: number) => String(n).padStart(2, '0');
const day = (date: Date) => `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;

/** A notebook with a bit of everything: every offer state and code status, dates around now. */
export function fullNotebook(items: number, now: Date): ExportFile {
  const at = (days: number) => new Date(now.getTime() + days * 86_400_000);
  const stamp = now.toISOString();
  const offers: Offer[] = Array.from({ length: items }, (_, i) => ({
    id: `offer-${i}`,
    accountId: ACCOUNT_ID,
    name: `Spend ${100 + i * 10}, get ${50 + i * 5} (offer ${i + 1})`,
    threshold: `${100 + i * 10}.00`,
    creditAmount: `${50 + i * 5}.00`,
    currency: 'USD',
    activatedOn: at(-30 - (i % 20)).toISOString(),
    qualifyBy: i % 3 === 0 ? day(at((i % 40) - 5)) : null,
    processingWindowHours: 48,
    crossedOn: i % 4 === 1 ? at(-(i % 3)).toISOString() : null,
    arrivedOn: i % 4 === 2 ? at(-(i % 60)).toISOString() : null,
    expiresOn: i % 8 === 2 ? day(at(i % 90)) : null,
    creditValidityDays: 90,
    status: i % 4 === 2 ? 'arrived' : i % 17 === 0 ? 'dismissed' : 'tracking',
    source: i % 2 === 0 ? 'manual' : 'page',
    createdAt: stamp,
    updatedAt: stamp,
  }));
  const codes: Code[] = Array.from({ length: items }, (_, i) => {
    const status = (['unused', 'applied', 'rejected'] as const)[i % 3]!;
    return {
      id: `code-${i}`,
      accountId: ACCOUNT_ID,
      code: `PROMO${String(i).padStart(4, '0')}`,
      source: i % 2 === 0 ? 'E-mail from TikTok' : null,
      receivedOn: day(at(-(i % 20))),
      activateBy: null,
      expiresOn: i % 5 === 0 ? day(at(30 + (i % 30))) : null,
      amount: `${25 + (i % 10) * 25}.00`,
      currency: 'USD',
      status,
      rejectedCause: status === 'rejected' ? 'promotion-active' : null,
      rejectedMessage: status === 'rejected' ? 'Another promotion is currently in progress.' : null,
      appliedOn: status === 'applied' ? at(-1).toISOString() : null,
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  const observations: Observation[] = Array.from({ length: items }, (_, i) => ({
    at: at(-items + i).toISOString(),
    accountId: ACCOUNT_ID,
    currency: 'USD',
    spendSoFar: `${(i * 12.5).toFixed(2)}`,
    creditBalance: `${(i % 7) * 10}.00`,
    cashBalance: '1000.00',
    accountBalance: null,
  }));
  return {
    format: EXPORT_FORMAT,
    version: NOTES_VERSION,
    exportedAt: stamp,
    notes: {
      accounts: [{ id: ACCOUNT_ID, name: 'Bench account', currency: 'USD', billingType: 'manual', businessCenterOwned: false, lastSeenOn: 'ads' }],
      offers,
      codes,
      notes: [], fixes: [],
    },
    observations,
  };
}

/** Runs at document start in every page: records the first frame with the shell and with the content. */
function firstFrameProbe(): string {
  return `(() => {
    const popup = location.pathname.endsWith('/popup.html');
    const marks = (window.__firstFrames = {});
    const tick = () => {
      const now = performance.now();
      if (popup) {
        if (marks.shell === undefined && document.querySelector('[data-testid="popup"]')) marks.shell = now;
        if (document.querySelector('[data-testid="offer-list"] [data-testid="offer"]') && document.querySelector('[data-testid="code-list"] [data-testid="code"]')) {
          marks.content = now;
          return;
        }
      } else if (document.body) {
        marks.shell = marks.content = now;
        return;
      }
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })();`;
}

interface FirstFrames {
  shell: number;
  content: number;
  /** Popup only: from the "Show all" clicks to the first frame with every card. */
  showAll?: number;
}

async function firstFrames(context: BrowserContext, url: string, items: number): Promise<FirstFrames> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(() => (window as unknown as { __firstFrames?: { content?: number } }).__firstFrames?.content !== undefined, null, {
      timeout: 30_000,
    });
    const frames = await page.evaluate(() => (window as unknown as { __firstFrames: FirstFrames }).__firstFrames);
    if (!url.endsWith('/popup.html')) return frames;
    // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
    const showAll = (await page.evaluate(`new Promise((done) => {
      const start = performance.now();
      for (const button of document.querySelectorAll('button.show-more')) button.click();
      const tick = () => {
        if (document.querySelectorAll('[data-testid="offer"]').length >= ${items} && document.querySelectorAll('[data-testid="code"]').length >= ${items}) {
          done(performance.now() - start);
        } else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })`)) as number;
    return { ...frames, showAll };
  } finally {
    await page.close();
  }
}

export async function measurePopupFirstRender(options: PopupBenchOptions = {}): Promise<BenchRow[]> {
  const items = options.items ?? 200;
  const repeats = options.repeats ?? 15;
  const copy = await mkdtemp(join(tmpdir(), 'credit-lens-bench-extension-'));
  await cp(extensionDir(CHROME_BUILD_DIR), copy, { recursive: true });
  await writeFile(join(copy, BLANK), '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n');
  const browser = await launchWithExtension({ headless: true, dir: copy });
  try {
    const origin = `chrome-extension://${browser.extensionId}`;
    const seed = await browser.context.newPage();
    await seed.goto(`${origin}/${BLANK}`);
    const reply = await seed.evaluate(
      ([type, file]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type, op: { type: 'import/apply', file } }),
      [NOTES_OP_MESSAGE, fullNotebook(items, new Date())] as const,
    );
    if (!(reply as { ok?: boolean } | undefined)?.ok) throw new Error(`seeding the notes failed: ${JSON.stringify(reply)}`);
    await seed.close();

    await browser.context.addInitScript({ content: firstFrameProbe() });
    const popup: FirstFrames[] = [];
    const blank: FirstFrames[] = [];
    // Warm-up: the first pages of a fresh profile pay for caches both sides then share.
    for (let i = 0; i < 2; i++) {
      await firstFrames(browser.context, `${origin}/${BLANK}`, items);
      await firstFrames(browser.context, `${origin}/popup.html`, items);
    }
    for (let i = 0; i < repeats; i++) {
      // Alternated, so a slow spell of the machine falls on both sides.
      blank.push(await firstFrames(browser.context, `${origin}/${BLANK}`, items));
      popup.push(await firstFrames(browser.context, `${origin}/popup.html`, items));
    }
    const content = median(popup.map((f) => f.content));
    const shell = median(popup.map((f) => f.shell));
    const empty = median(blank.map((f) => f.content));
    const showAll = median(popup.map((f) => f.showAll ?? Number.NaN));
    const ratio = content / empty;
    return [
      {
        name: `popup first render with ${items} offers and ${items} codes vs an empty extension page`,
        value: Math.round(ratio * 100) / 100,
        target: `<= ${TARGET}`,
        unit: 'x',
        pass: ratio <= TARGET,
        detail:
          `popup lists shown at ${content.toFixed(1)} ms (shell ${shell.toFixed(1)} ms), empty page ${empty.toFixed(1)} ms; ` +
          `"Show all" renders all ${items} + ${items} cards in ${showAll.toFixed(1)} ms more ` +
          `(first frame from navigation start, medians of ${repeats}, alternated)`,
      },
    ];
  } finally {
    await browser.close();
    await rm(copy, { recursive: true, force: true, maxRetries: 3 });
  }
}

if (invokedDirectly(import.meta.url)) {
  for (const row of await measurePopupFirstRender()) {
    console.log(`${row.pass ? 'ok ' : 'NO '} ${row.name}: ${row.value} ${row.unit} (target ${row.target}) - ${row.detail}`);
  }
}
