/**
 * Where the board's first paint goes (`tsx bench/board-trace.ts [chrome-mv3 dir]`, RUNS=n): opens the
 * board with the agency notebook (100 accounts x 10 items) under a DevTools trace and prints, from
 * navigation start to the first frame with rows and timeline bars, each main-thread task over 1 ms with
 * what it did, and when each file was asked for and arrived. For choosing what to make faster (issue
 * 13): bench/board.ts and bench/board-ab.ts are the measures; tracing slows the page down.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NOTES_OP_MESSAGE } from '../lib/notes/ops';
import { agencyNotebook } from '../scripts/agency-notes';
import { CHROME_BUILD_DIR, extensionDir, launchWithExtension } from '../scripts/browser';

const RUNS = Number(process.env.RUNS ?? 3);
const CATEGORIES = 'devtools.timeline,blink.user_timing,v8.execute,disabled-by-default-devtools.timeline,loading,blink';
// The same frame as bench/first-paint.ts counts, marked so the trace shows where it falls.
const probe = `(() => {
  if (!location.pathname.endsWith('/board.html')) return;
  const marks = (window.__firstFrames = {});
  const tick = () => {
    if (document.querySelector('[data-testid="board-row"]') && document.querySelector('[data-testid="timeline-bar"]')) {
      marks.content = performance.now();
      performance.mark('content-frame');
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; requestId?: string; functionName?: string; documentLoaderURL?: string } };
}

const ms = (us: number) => (us / 1000).toFixed(1);
const fileOf = (url: string) => url.split('/').pop()!.slice(0, 28);

function describe(events: TraceEvent[]): string[] {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL?.includes('board.html'));
  const frame = events.find((e) => e.name === 'content-frame');
  if (!nav || !frame) return ['  (no navigation or content frame in the trace)'];
  const onMain = events.filter((e) => e.pid === frame.pid && e.tid === frame.tid && e.ph === 'X' && e.ts >= nav.ts && e.ts <= frame.ts);
  const lines = [`  content frame at ${ms(frame.ts - nav.ts)} ms`];
  for (const task of onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 1000)) {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 500 && !e.name.includes('RunTask'));
    const what = [...new Set(inside.map((e) => `${e.name}${e.args?.data?.url ? `(${fileOf(e.args.data.url)})` : ''}:${ms(e.dur ?? 0)}`))].slice(0, 6);
    lines.push(`  @${ms(task.ts - nav.ts)} ${ms(task.dur ?? 0)} ms ${what.join(' ')}`);
  }
  const files = new Map<string, string[]>();
  for (const e of events.filter((e) => e.pid === frame.pid && /^Resource(SendRequest|ReceiveResponse|Finish)$/.test(e.name))) {
    const id = e.args?.data?.requestId ?? '';
    if (e.args?.data?.url) files.set(id, [fileOf(e.args.data.url)]);
    files.get(id)?.push(`${e.name.replace('Resource', '')}@${ms(e.ts - nav.ts)}`);
  }
  for (const steps of files.values()) lines.push(`    ${steps.join(' ')}`);
  return lines;
}

const dir = resolve(process.argv[2] ?? CHROME_BUILD_DIR);
const copy = await mkdtemp(join(tmpdir(), 'credit-lens-trace-'));
await cp(extensionDir(dir), copy, { recursive: true });
await writeFile(join(copy, 'bench-blank.html'), '<!doctype html><html><body></body></html>');
const browser = await launchWithExtension({ headless: true, dir: copy });
try {
  const origin = `chrome-extension://${browser.extensionId}`;
  const seed = await browser.context.newPage();
  await seed.goto(`${origin}/bench-blank.html`);
  const notes = agencyNotebook({ accounts: 100, items: 10, now: new Date() });
  await seed.evaluate(
    ([type, file]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type, op: { type: 'import/apply', file } }),
    [NOTES_OP_MESSAGE, notes] as const,
  );
  await seed.close();
  await browser.context.addInitScript({ content: probe });
  // One warm-up: the first page of a fresh profile pays for caches every later one shares.
  for (let run = -1; run < RUNS; run++) {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (chunk) => events.push(...(chunk.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
    await page.goto(`${origin}/board.html`);
    await page.waitForFunction(() => (window as unknown as { __firstFrames?: { content?: number } }).__firstFrames?.content !== undefined, null, { timeout: 30_000 });
    await cdp.send('Tracing.end');
    await complete;
    await page.close();
    if (run >= 0) console.log(`run ${run}:\n${describe(events).join('\n')}`);
  }
} finally {
  await browser.close();
  await rm(copy, { recursive: true, force: true, maxRetries: 3 });
}
