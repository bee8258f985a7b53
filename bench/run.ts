import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { largePaymentPage } from './large-page';

/**
 * `npm run bench`: speed targets measured as ratios within one run on this machine, so a slow or
 * busy machine changes both sides alike. Prints a table and writes bench/results.json.
 */
const ROOT = join(import.meta.dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const URL = 'https://ads.tiktok.com/i18n/account/payment?aadvid=7234567890123456789';
const ROWS = 1200; // ~7,000 elements

interface Result {
  name: string;
  ratio: number;
  target: string;
  pass: boolean;
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
  });
  return result.outputFiles[0]!.text;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main(): Promise<void> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const results: Result[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/*', (route) => route.fulfill({ contentType: 'text/html', body: largePaymentPage(ROWS) }));
    await page.goto(URL);
    await page.addScriptTag({ content: await readerBundle() });

    type Timings = { elements: number; full: number[]; bare: number[]; reread: number[] };
    const timings = (await page.evaluate(`creditLensBench.measureReader(${JSON.stringify(URL)}, 15)`)) as Timings;

    const full = median(timings.full);
    const bare = median(timings.bare);
    const reread = median(timings.reread);
    results.push({
      name: `full read vs bare TreeWalker text pass (${timings.elements} elements)`,
      ratio: full / bare,
      target: '<= 2',
      pass: full / bare <= 2,
      detail: `read ${full.toFixed(2)} ms, walk ${bare.toFixed(2)} ms`,
    });
    results.push({
      name: 're-read after one small mutation vs full read',
      ratio: reread / full,
      target: '<= 0.1',
      pass: reread / full <= 0.1,
      detail: `re-read ${reread.toFixed(2)} ms, full ${full.toFixed(2)} ms`,
    });
  } finally {
    await browser.close();
  }

  const width = Math.max(...results.map((result) => result.name.length));
  console.log(`${'benchmark'.padEnd(width)}  ratio   target   ok   detail`);
  for (const result of results) {
    console.log(`${result.name.padEnd(width)}  ${result.ratio.toFixed(3).padStart(6)}  ${result.target.padEnd(7)}  ${result.pass ? 'yes' : 'NO '}  ${result.detail}`);
  }
  await mkdir(join(ROOT, 'bench'), { recursive: true });
  await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
  console.log('wrote bench/results.json');
}

await main();
