/**
 * Firefox ESR with the built Firefox extension (`npm run build:firefox`), driven by puppeteer-core over
 * WebDriver BiDi. Playwright cannot load Firefox extensions, `web-ext run` cannot assert, and Selenium
 * and @wxt-dev/runner need Node 22; puppeteer-core 24 runs on Node 20 and installs the build as a
 * temporary add-on (`browser.installExtension`).
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { PROJECT_ROOT, SetupError } from '../../scripts/browser';

export const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';
export const FIREFOX_BUILD_DIR = join(PROJECT_ROOT, process.env.CREDIT_LENS_OUT_DIR ?? '.output', 'firefox-mv2');
/** browser_specific_settings.gecko.id in wxt.config.ts. */
export const ADDON_ID = 'credit-lens@credit-lens.app';

export interface FirefoxWithExtension {
  browser: Browser;
  /** The extension's pages live at moz-extension://<uuid>/; the uuid is chosen here, per run. */
  extensionUrl(path: string): string;
  /** Opens one of the extension's own pages (popup.html, options.html) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** Uncaught errors, unhandled rejections and console.error calls from the extension, as Firefox's Browser Console holds them. */
  extensionErrors(): Promise<string[]>;
  close(): Promise<void>;
}

function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || DEFAULT_FIREFOX;
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new SetupError(`Firefox not found at ${path}: install it with \`apt-get install firefox-esr\` or set FIREFOX_PATH.`);
  }
  return path;
}

/** The BiDi connection puppeteer keeps internally: the one way to reach Firefox's chrome (parent-process) scope. */
interface BidiCommands {
  send(method: string, params: object): Promise<{ result: { contexts?: { context: string }[]; type?: string; result?: { value?: unknown }; exceptionDetails?: { text: string } } }>;
}

export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_BUILD_DIR, 'manifest.json'))) throw new SetupError(`No Firefox build in ${FIREFOX_BUILD_DIR}: run \`npm run build:firefox\` first.`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Lets BiDi open moz-extension:// pages and evaluate in the chrome scope (the Browser Console).
    args: ['--remote-allow-system-access'],
    // A moz-extension:// origin is random per profile unless fixed here, keyed by the add-on's id.
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }) },
  });
  try {
    await browser.installExtension(FIREFOX_BUILD_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${uuid}/`;
  const connection = (browser as unknown as { connection?: BidiCommands }).connection;
  if (!connection?.send) {
    await browser.close();
    throw new Error('puppeteer-core no longer exposes its BiDi connection: the Browser Console check needs another way in');
  }

  /** Evaluates in the browser window's chrome scope, where Services and the console storage live. */
  const chromeEval = async (expression: string): Promise<unknown> => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
    const context = tree.result.contexts?.[0]?.context;
    if (!context) throw new Error('no chrome window to ask');
    const { result } = await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: false });
    if (result.type !== 'success') throw new Error(`chrome-scope evaluation failed: ${result.exceptionDetails?.text ?? 'unknown error'}`);
    return result.result?.value;
  };

  return {
    browser,
    extensionUrl: (path) => origin + path.replace(/^\//, ''),
    async openExtensionPage(path) {
      const page = await browser.newPage();
      // BiDi reports no navigation events for a tab that moves into the extension's process, so goto
      // never resolves: start it, and wait for the document from inside.
      page.goto(origin + path.replace(/^\//, '')).catch(() => {});
      await waitInPage(page, (expected) => location.href.startsWith(expected) && document.readyState === 'complete', origin);
      return page;
    },
    async extensionErrors() {
      // BiDi's log events do not reach moz-extension documents either; Firefox's own console does.
      const value = await chromeEval(`JSON.stringify([
        ...Services.console.getMessageArray()
          .filter((m) => m instanceof Ci.nsIScriptError && (m.flags & (Ci.nsIScriptError.warningFlag | Ci.nsIScriptError.infoFlag)) === 0)
          .filter((m) => String(m.sourceName).startsWith(${JSON.stringify(origin)}) || String(m.errorMessage).includes(${JSON.stringify(origin)}))
          .map((m) => m.sourceName + ':' + m.lineNumber + ' ' + m.errorMessage),
        ...Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage).getEvents()
          .filter((e) => e.level === 'error' && (String(e.filename).startsWith(${JSON.stringify(origin)}) || e.addonId === ${JSON.stringify(ADDON_ID)}))
          .map((e) => 'console.error ' + e.filename + ':' + e.lineNumber + ' ' + (e.arguments || []).map(String).join(' ')),
      ])`);
      return JSON.parse(String(value)) as string[];
    },
    close: () => browser.close(),
  };
}

/**
 * Polls `check` in the page until it returns a truthy value, which is returned. Unlike waitForFunction
 * it outlives the moment a tab swaps documents (into the extension's process, or on load), when
 * Firefox's BiDi may fail an evaluation with an internal error; the last such error is reported on timeout.
 */
export async function waitInPage<Arg, Result>(page: Page, check: (arg: Arg) => Result, arg: Arg, timeout = 20_000): Promise<NonNullable<Result>> {
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  for (;;) {
    try {
      const value = (await page.evaluate(check as (arg: unknown) => Result, arg)) as Result;
      if (value) return value as NonNullable<Result>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) throw new Error(`waited ${timeout} ms in ${page.url()} for ${check.toString().slice(0, 120)}`, { cause: lastError });
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Serves HTML at one real Ads Manager URL in this tab and refuses every other http(s) request, so the
 * page, the content script and the extension make no network request; the extension's own
 * moz-extension:// files (the Billing module the loader imports) load as they would.
 */
export async function serveAt(page: Page, url: string, html: string): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => {
    const address = request.url();
    // Over BiDi a request has no resource type; the page's URL is asked for by its navigation only.
    if (address === url && request.isNavigationRequest()) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else if (/^https?:/.test(address)) void request.abort();
    else void request.continue();
  });
}
