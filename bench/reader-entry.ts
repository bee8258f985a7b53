// Bundled by the benchmark into the page, so the reader runs in Chromium as it does in the extension.
// The measuring code lives here too: functions handed to page.evaluate from tsx carry helpers the page lacks.
import { PageReader } from '../lib/reader/read-page';

function walkEveryText(): number {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let characters = 0;
  while (walker.nextNode()) characters += (walker.currentNode as Text).data.length;
  return characters;
}

/**
 * Lets the browser finish the style and layout work a change left pending, outside any timing: the
 * content script reads in idle time after the page has settled, so no sample should pay for the
 * rendering of the benchmark's own mutation (nor be spared it by an earlier sample).
 */
function settle(): void {
  document.documentElement.getBoundingClientRect();
}

function timed(run: () => unknown): number {
  settle();
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The very first read in the page, as on a page's first read: nothing compiled, the per-text memos empty. */
function measureCold(url: string): number {
  return timed(() => new PageReader(document).read(url));
}

/** The bare walk as the first thing in a page: what meeting every text node once costs by itself. */
function measureColdWalk(): number {
  return timed(walkEveryText);
}

function measureReader(url: string, rounds: number, warmupRounds: number) {
  const elements = document.getElementsByTagName('*').length;
  const live = new PageReader(document);
  live.read(url);
  const observer = new MutationObserver(() => {});
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true, characterDataOldValue: true, attributes: true });
  const credit = document.getElementById('ad-credit')!;
  const rows = document.querySelectorAll('tbody tr');
  const full: number[] = [];
  const bare: number[] = [];
  const rereads: number[] = [];
  const rereadsAfterClass: number[] = [];
  const reread = (change: () => void) => {
    change();
    const records = observer.takeRecords();
    return timed(() => {
      live.update(records);
      live.read(url);
    });
  };
  // Warm-up rounds run every path the same number of times before any is recorded, so the JIT has
  // treated them alike; then each round records one sample of each.
  for (let round = 0; round < warmupRounds + rounds; round++) {
    const samples: [number[], number][] = [];
    // Alternate which goes first, so neither always follows the other's garbage.
    if (round % 2 === 0) {
      samples.push([bare, timed(walkEveryText)], [full, timed(() => new PageReader(document).read(url))]);
    } else {
      samples.push([full, timed(() => new PageReader(document).read(url))], [bare, timed(walkEveryText)]);
    }
    // One small mutation, the way an app updates a shown value: the credit balance's text.
    samples.push([rereads, reread(() => (credit.textContent = `$${50 + (round % 900)}.${String(round % 100).padStart(2, '0')}`))]);
    // A class toggled on a row: styles may change anywhere, so what was read is judged again (without a walk).
    samples.push([rereadsAfterClass, reread(() => rows[round % rows.length]!.classList.toggle('is-hovered'))]);
    if (round >= warmupRounds) for (const [list, sample] of samples) list.push(sample);
  }
  observer.disconnect();
  return { elements, crossOriginIsolated, full, bare, reread: rereads, rereadAfterClass: rereadsAfterClass };
}

(globalThis as unknown as { creditLensBench: unknown }).creditLensBench = { measureReader, measureCold, measureColdWalk };
