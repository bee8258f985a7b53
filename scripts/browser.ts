/**
 * Launches system Chromium with the built extension and serves Ads Manager pages from local HTML.
 * Shared by the e2e fixture (tests/e2e/extension.ts) and the demo (scripts/demo.ts) so both exercise
 * the extension the same way: the real https://ads.tiktok.com URLs, so the manifest's match patterns
 * and the runtime route gate are what decide, not a test-only code path.
 */
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Route } from '@playwright/test';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CHROME_BUILD_DIR = join(PROJECT_ROOT, process.env.CREDIT_LENS_OUT_DIR ?? '.output', 'chrome-mv3');
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

// The machine running these has no internet: anything Chromium would fetch on its own (component
// updates, sync, QUIC probes) only adds noise and delay.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
] as const;

/** A setup problem the user can fix; callers print `message` as is, without a stack. */
export class SetupError extends Error {
  override name = 'SetupError';
}

export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new SetupError(
      `Chromium not found at ${path}: install it with \`apt-get install chromium\` or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return path;
}

export function extensionDir(dir: string = CHROME_BUILD_DIR): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new SetupError(`No built extension in ${dir}: run \`npm run build\` first.`);
  }
  return dir;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** Closes the browser and deletes its throwaway profile. */
  close(): Promise<void>;
}

export async function launchWithExtension(options: { headless: boolean; dir?: string }): Promise<ExtensionBrowser> {
  const executablePath = chromiumPath();
  const dir = extensionDir(options.dir);
  // A fresh profile every time: a reused one would carry storage from earlier runs into the next.
  const userDataDir = await mkdtemp(join(tmpdir(), 'credit-lens-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless,
      viewport: options.headless ? { width: 1280, height: 800 } : null,
      args: [`--disable-extensions-except=${dir}`, `--load-extension=${dir}`, ...CHROMIUM_FLAGS],
    });
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => {});
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    return { context, extensionId: await extensionIdOf(context), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The id Chromium gave the unpacked extension, read from its background service worker's URL. */
export async function extensionIdOf(context: BrowserContext, timeout = 15_000): Promise<string> {
  const isOurs = (url: string) => url.startsWith('chrome-extension://');
  const worker =
    context.serviceWorkers().find((w) => isOurs(w.url())) ??
    (await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout }));
  return new URL(worker.url()).host;
}

/**
 * What to serve for a route: an HTML string (anything starting with `<`), or a path to an HTML file,
 * absolute or relative to `baseDir`.
 */
export type PageSource = string;

/**
 * Keys: a pathname (`/i18n/account/payment`), matched on both TikTok hosts whatever the query; or a
 * full URL (`https://business.tiktok.com/manage/payment/v2`), matched on origin and pathname, or on
 * the whole URL when it has a query. `*` in a key matches any run of characters.
 */
export type AdsManagerRoutes = Record<string, PageSource>;

const TIKTOK_HOSTS = ['https://ads.tiktok.com/**', 'https://business.tiktok.com/**'] as const;

function keyMatcher(key: string): (url: URL) => boolean {
  const glob = (pattern: string) =>
    new RegExp(`^${pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  if (key.startsWith('/')) {
    const re = glob(key);
    return (url) => re.test(url.pathname);
  }
  const re = glob(key);
  const withQuery = key.includes('?');
  return (url) => re.test(withQuery ? url.href : url.origin + url.pathname);
}

function loadSource(source: PageSource, baseDir: string): string {
  if (source.trimStart().startsWith('<')) return source;
  return readFileSync(isAbsolute(source) ? source : join(baseDir, source), 'utf8');
}

/**
 * Serves local HTML at real Ads Manager / Business Center URLs and aborts every other http(s) request:
 * with no network, an unrouted request would otherwise hang until a timeout instead of failing fast.
 * Sources are read once, up front, so a missing fixture fails here rather than as a blank page later.
 */
export async function routeAdsManager(
  context: BrowserContext,
  routes: AdsManagerRoutes,
  options: { baseDir?: string } = {},
): Promise<void> {
  const baseDir = options.baseDir ?? PROJECT_ROOT;
  const table = Object.entries(routes).map(([key, source]) => ({ matches: keyMatcher(key), body: loadSource(source, baseDir) }));

  // Registered first so the TikTok routes below, registered later, take precedence over it.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort('internetdisconnected'),
  );
  const serve = async (route: Route) => {
    const request = route.request();
    const hit = request.resourceType() === 'document' ? table.find((r) => r.matches(new URL(request.url()))) : undefined;
    if (!hit) return route.abort('internetdisconnected');
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: hit.body });
  };
  for (const pattern of TIKTOK_HOSTS) await context.route(pattern, serve);
}

/** Stops the background worker (see `workerSleeper`); `running()` says whether it is running now, as the protocol last reported. */
export type WorkerSleeper = (() => Promise<void>) & { running(): boolean };

/**
 * Puts the extension's background worker to sleep as the browser does after some 30 s idle: the
 * returned function stops it through the DevTools protocol (a session on `page`, any page of the
 * context) and resolves once the protocol reports it stopped, at once when it is already.
 */
export async function workerSleeper(context: BrowserContext, page: Page, extensionId: string): Promise<WorkerSleeper> {
  const devtools = await context.newCDPSession(page);
  let running = true;
  const waiting: (() => void)[] = [];
  devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`) && version.status === 'activated') running = version.runningStatus !== 'stopped';
    }
    if (!running) for (const done of waiting.splice(0)) done();
  });
  await devtools.send('ServiceWorker.enable');
  const sleep = async () => {
    if (!running) return;
    const stopped = new Promise<void>((done) => waiting.push(done));
    await devtools.send('ServiceWorker.stopAllWorkers');
    await stopped;
  };
  return Object.assign(sleep, { running: () => running });
}
