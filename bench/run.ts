import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from '../scripts/browser';
import { measureBuild } from '../scripts/checks/size-budgets';
import { buildFiles } from '../scripts/size';
import { median } from './first-paint';
import { largePaymentPage } from './large-page';
import { measureOverlayLoad } from './overlay-load';
import { measureHostOverhead, type BenchRow } from './host-overhead';
import { measurePopupFirstRender } from './popup';
import { measureBoardFirstPaint } from './board';
import { COMPILE_ALL_ON_LOAD } from '../modules/compile-hints';

/**
 * `npm run bench`: speed targets measured as ratios within one run on this machine, so a slow or
 * busy machine changes both sides alike (the first read and the added script time are absolute
 * figures, and move with the machine's load). Prints issue 11's table, each measure against its
 * target, then the other measures, and writes bench/results.json.
 */
const ROOT = join(import.meta.dirname, '..');
const URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
const ROWS = 1200; // ~14,000 elements
const ROUNDS = 201;
const WARMUP_ROUNDS = 40;
const COLD_SAMPLES = 5;
// Cross-origin isolation gives performance.now() 5 µs steps instead of 100 µs: a re-read takes well
// under a tenth of a millisecond, which coarse steps would round to zero or to 0.1.
const ISOLATION_HEADERS = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

/** One row of the printed table; `target` is "<= x" in the row's unit, or empty for a figure given for information. */
interface Result {
  name: string;
  value: number;
  unit: string;
  target: string;
  pass: boolean | null;
  detail: string;
}

async function readerBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'bench/reader-entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    logLevel: 'silent',
    // As the extension's Billing module is built (modules/billing-module.ts).
    banner: { js: COMPILE_ALL_ON_LOAD },
  });
  return result.outputFiles[0]!.text;
}

const atMost = (limit: number) => ({ target: `<= ${limit}`, pass: (value: number) => value <= limit });

/** A page with the reader loaded, in a browser context of its own (so a renderer process of its own). */
async function readerPage(browser: Browser, bundle: string): Promise<{ page: Page; loadMs: number; close(): Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.route('**/*', (route) => route.fulfill({ contentType: 'text/html', headers: ISOLATION_HEADERS, body: largePaymentPage(ROWS) }));
  await page.goto(URL);
  // Timed: with the compile hint the bundle's functions are compiled here, not in the first read.
  const loadMs = await page.evaluate((code) => {
    const start = performance.now();
    const script = document.createElement('script');
    script.textContent = code;
    document.head.append(script);
    return performance.now() - start;
  }, bundle);
  return { page, loadMs, close: () => context.close() };
}

/** The reader's rows: warm reads against a bare walk in one page, and first reads each in a fresh process. */
async function readerRows(): Promise<Result[]> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: [...CHROMIUM_FLAGS] });
  try {
    const bundle = await readerBundle();
    // A first read happens once per page, so one sample says little: the median of a few fresh pages.
    const colds: number[] = [];
    const coldWalks: number[] = [];
    const coldLoads: number[] = [];
    for (let sample = 0; sample < COLD_SAMPLES; sample++) {
      for (const [list, measure] of [[colds, `measureCold(${JSON.stringify(URL)})`], [coldWalks, 'measureColdWalk()']] as const) {
        const { page, loadMs, close } = await readerPage(browser, bundle);
        if (list === colds) coldLoads.push(loadMs);
        list.push((await page.evaluate(`creditLensBench.${measure}`)) as number);
        await close();
      }
    }
    const { page, close } = await readerPage(browser, bundle);
    type Timings = { elements: number; crossOriginIsolated: boolean; full: number[]; bare: number[]; reread: number[]; rereadAfterClass: number[] };
    const timings = (await page.evaluate(`creditLensBench.measureReader(${JSON.stringify(URL)}, ${ROUNDS}, ${WARMUP_ROUNDS})`)) as Timings;
    await close();
    if (!timings.crossOriginIsolated) console.warn('warning: the page is not cross-origin isolated, so times are in 0.1 ms steps');

    const full = median(timings.full);
    const bare = median(timings.bare);
    const reread = median(timings.reread);
    const rereadAfterClass = median(timings.rereadAfterClass);
    const cold = median(colds);
    const ms = (value: number) => `${value.toFixed(3)} ms`;
    const row = (name: string, value: number, unit: string, limit: number, detail: string): Result => {
      const { target, pass } = atMost(limit);
      return { name, value, unit, target, pass: pass(value), detail };
    };
    return [
      row(`first (cold) read of the ${timings.elements.toLocaleString('en')}-element page`, cold, 'ms', 10,
        `median of ${COLD_SAMPLES} first reads, each in a fresh page and process (${colds.map((c) => c.toFixed(1)).join(', ')} ms): nothing run yet, ` +
          `every DOM node met for the first time; a bare walk as the first thing in a page takes ${median(coldWalks).toFixed(1)} ms by itself; ` +
          `loading the bundle before it (functions compiled there: ${COMPILE_ALL_ON_LOAD}) took ${median(coldLoads).toFixed(1)} ms`),
      row('full read vs a bare TreeWalker pass', full / bare, 'x', 1.5,
        `read ${ms(full)}, walk ${ms(bare)}; medians of ${ROUNDS} after ${WARMUP_ROUNDS} warm-up rounds, alternating`),
      row('re-read after one small change vs a full read', reread / full, 'x', 0.05, `re-read ${ms(reread)} after a balance's text changed, full ${ms(full)}`),
      row('re-read after a class change vs a full read', rereadAfterClass / full, 'x', 0.15,
        `re-read ${ms(rereadAfterClass)} after a row's class changed: visibility judged again, nothing read again unless it changed`),
    ];
  } finally {
    await browser.close();
  }
}

/** What the browser loads for the Billing module and the popup, gzipped, as `npm run check:build` counts it. */
function weightRows(): Result[] {
  const dir = join(ROOT, '.output/chrome-mv3');
  const files = buildFiles(dir);
  const manifest = JSON.parse(files.read('manifest.json')!.toString('utf8')) as Record<string, unknown>;
  const measured = measureBuild(manifest, files);
  const kb = (name: string) => (measured.find((m) => m.name === name)?.gzBytes ?? Number.NaN) / 1024;
  const row = (name: string, entry: string, limit: number): Result => {
    const value = kb(entry);
    return { name, value, unit: 'KB', ...atMost(limit), pass: value <= limit, detail: `${entry} in .output/chrome-mv3 (scripts/checks/size-budgets.ts measures it)` };
  };
  return [row('Billing module, gzipped', 'billing module (lazy)', 60), row('popup first paint (its page, stylesheets and scripts), gzipped', 'popup', 30)];
}

const asResult = (row: BenchRow): Result => ({ name: row.name, value: row.value, unit: row.unit, target: row.target, pass: row.target ? row.pass : null, detail: row.detail });
/** A row shown for information, whatever target its measure carries. */
const asInfo = (row: BenchRow): Result => ({ ...asResult(row), target: '', pass: null });

function print(title: string, results: Result[]): void {
  const width = Math.max(...results.map((result) => result.name.length));
  console.log(`\n${title}`);
  console.log(`${'measure'.padEnd(width)}  ${'value'.padStart(9)}  ${'target'.padEnd(9)}  met     detail`);
  for (const result of results) {
    const verdict = result.pass === null ? 'info  ' : result.pass ? 'met   ' : 'MISSED';
    const value = `${result.value.toFixed(result.unit === 'x' ? 3 : 2)} ${result.unit}`;
    console.log(`${result.name.padEnd(width)}  ${value.padStart(9)}  ${(result.target ? `${result.target} ${result.unit}` : '-').padEnd(9)}  ${verdict}  ${result.detail}`);
  }
}

async function main(): Promise<void> {
  // `npx tsx bench/run.ts --reader`: the reader's rows alone (no build needed), for work on the reader.
  if (process.argv.includes('--reader')) {
    print("Issue 11's table: the reader's rows", await readerRows());
    return;
  }
  const table = [...weightRows(), ...(await readerRows())];
  // The extension as the host page and the user meet it: these load the build from `npm run build`.
  const [framesBusy, framesScript, idle] = await measureHostOverhead();
  const tasks = await measureHostOverhead({ pacing: 'tasks', repeats: 5 });
  const perThousand = (row: BenchRow): Result => ({ ...asResult(row), ...atMost(2), pass: row.value <= 2 });
  table.push(perThousand(framesScript!), perThousand(tasks[1]!));
  // The worst case as information: back-to-back tasks leave no frame boundary to batch on, so busy
  // time there follows how many frames the browser renders; the script rows are the steadier measure.
  const agency = await measureBoardFirstPaint({ floor: true });
  const oneAccount = await measureBoardFirstPaint({ accounts: 1, items: 2 });
  // What the first opening after a while away meets: the background has been stopped by the browser.
  const agencyAsleep = await measureBoardFirstPaint({ workerAsleep: true });
  const popupAsleep = await measurePopupFirstRender({ workerAsleep: true });
  const others = [
    asResult(framesBusy!),
    asResult(idle!),
    ...(await measurePopupFirstRender()).map(asResult),
    asResult(agency.board),
    asResult(agency.floor!),
    asInfo(oneAccount.board),
    // What the notebook's size costs the board, apart from what any module page costs on this machine:
    // each board's ratio is to the empty page of its own alternation, so a slow minute cancels out.
    {
      name: 'board with 100 accounts x 10 items over the board with 1 account x 2 items (each as its ratio to an empty page)',
      value: agency.board.value / oneAccount.board.value,
      unit: 'x',
      target: '',
      pass: null,
      detail: `${agency.board.value.toFixed(2)}x over ${oneAccount.board.value.toFixed(2)}x`,
    },
    asInfo(agencyAsleep.board),
    ...popupAsleep.map(asInfo),
    ...(await measureOverlayLoad()).map(asResult),
    asInfo(tasks[0]!),
  ];

  print("Issue 11's table: each measure against its target", table);
  print('Other measures', others);
  await mkdir(join(ROOT, 'bench'), { recursive: true });
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), results: [...table, ...others] }, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
}

await main();
