/**
 * Popup time to first render with a full notebook (issue 4, `npm run bench`): 200 offers and 200 promo
 * codes on one ad account, with 200 observations, as a ratio to an empty extension page, alternated in
 * one run on this machine.
 *
 * How the first render and the empty page are taken, and why that is fair: bench/first-paint.ts. The
 * popup counts as rendered when both lists are on screen, i.e. after it loaded its bundle, read and
 * validated storage, worked out every deadline, sorted both lists and rendered them. The lists show
 * their 20 most urgent items each and a "Show all" button (components/popup/ShowMore.tsx), as a user
 * sees them. The shell's first frame (header, before the notes arrive) and the time "Show all" takes
 * to render all 200 + 200 cards are reported in the detail.
 *
 * `measurePopupFirstRender()` returns rows for bench/run.ts; `tsx bench/popup.ts` prints them.
 */
import type { Page } from '@playwright/test';
import { NOTES_VERSION } from '../lib/notes/migrations';
import { EXPORT_FORMAT, type Code, type ExportFile, type Observation, type Offer } from '../lib/notes/schema';
import { invokedDirectly } from '../scripts/invoked-directly';
import { firstPaintRow, measureFirstPaint, median, printRows } from './first-paint';
import type { BenchRow } from './host-overhead';

export interface PopupBenchOptions {
  /** Offers, and as many codes, on the one account. */
  items?: number;
  /** Measured runs per side, after warm-up; the sides alternate and each side's median counts. */
  repeats?: number;
  /** Each opening waits for the background to start (bench/first-paint.ts's `workerAsleep`). */
  workerAsleep?: boolean;
}

const ACCOUNT_ID = '7234567890123456789';
const TARGET = 4;

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

/** From the "Show all" clicks to the first frame with every card, in ms. */
function showAll(items: number) {
  return async (page: Page): Promise<number> =>
    // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
    (await page.evaluate(`new Promise((done) => {
      const start = performance.now();
      for (const button of document.querySelectorAll('button.show-more')) button.click();
      const tick = () => {
        if (document.querySelectorAll('[data-testid="offer"]').length >= ${items} && document.querySelectorAll('[data-testid="code"]').length >= ${items}) {
          done(performance.now() - start);
        } else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })`)) as number;
}

export async function measurePopupFirstRender(options: PopupBenchOptions = {}): Promise<BenchRow[]> {
  const items = options.items ?? 200;
  const repeats = options.repeats ?? 15;
  const runs = await measureFirstPaint({
    page: 'popup.html',
    notes: fullNotebook(items, new Date()),
    shell: '[data-testid="popup"]',
    content: ['[data-testid="offer-list"] [data-testid="offer"]', '[data-testid="code-list"] [data-testid="code"]'],
    repeats,
    after: showAll(items),
    workerAsleep: options.workerAsleep,
  });
  const content = median(runs.page.map((f) => f.content));
  const shell = median(runs.page.map((f) => f.shell));
  const empty = median(runs.blank.map((f) => f.content));
  const allShown = median(runs.page.map((f) => f.extra ?? Number.NaN));
  return [
    firstPaintRow(
      options.workerAsleep
        ? `popup first render with the background asleep, ${items} offers and ${items} codes, vs an empty extension page opened the same way`
        : `popup first render with ${items} offers and ${items} codes vs an empty extension page`,
      content,
      empty,
      TARGET,
      `popup lists shown at ${content.toFixed(1)} ms (shell ${shell.toFixed(1)} ms), empty page ${empty.toFixed(1)} ms; ` +
        `"Show all" renders all ${items} + ${items} cards in ${allShown.toFixed(1)} ms more ` +
        `(first frame from navigation start, medians of ${repeats}, alternated)`,
    ),
  ];
}

if (invokedDirectly(import.meta.url)) printRows(await measurePopupFirstRender());
