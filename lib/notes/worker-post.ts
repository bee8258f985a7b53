/**
 * An extension page asks the background through the service worker's own message port (issue 13, the
 * board's first paint). `runtime.sendMessage` converts its message to and from JSON on the way through
 * the browser process, twice: handing a page the 470 KB notes snapshot of an agency's notebook took
 * 22-46 ms that way, and 12 ms as a structured clone posted to the worker that controls the page
 * (Chromium 156, a fresh page, medians of 6). Where there is no such worker (Firefox's background is an
 * event page), `postToWorker` answers null and the caller sends a runtime message as before.
 *
 * Trust: a page's controlling worker shares its origin, so only our own pages reach the background this
 * way. A content script's `navigator` is the host page's, whose worker is TikTok's: the worker must be
 * the one at our extension's URL, or nothing is posted.
 */
import { browser } from 'wxt/browser';

/** Long enough for a background that was asleep to start; an ask not answered by then falls back. */
export const POST_TIMEOUT_MS = 5_000;

/** The part of a page's worker container this uses. */
export interface WorkerContainer {
  controller: { scriptURL: string; postMessage(message: unknown, transfer: Transferable[]): void } | null;
}

function pageWorkers(): WorkerContainer | undefined {
  try {
    return (globalThis.navigator as { serviceWorker?: WorkerContainer } | undefined)?.serviceWorker;
  } catch {
    // Firefox throws here where service workers are switched off; the page then asks by runtime message.
    return undefined;
  }
}

/**
 * Posts `message` to our background worker and resolves with its answer (null when it had none),
 * or rejects when it has not answered within `timeout`. Null when this context has no worker of ours
 * to post to: the caller asks another way.
 */
export function postToWorker(message: unknown, workers = pageWorkers(), timeout = POST_TIMEOUT_MS): Promise<unknown> | null {
  const worker = workers?.controller;
  if (!worker?.scriptURL.startsWith(browser.runtime.getURL('/'))) return null;
  const { port1, port2 } = new MessageChannel();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      port1.close();
      reject(new Error('The background did not answer'));
    }, timeout);
    port1.onmessage = (event) => {
      clearTimeout(timer);
      port1.close();
      resolve(event.data);
    };
    worker.postMessage(message, [port2]);
  });
}

/** The part of a worker's message event this uses (an ExtendableMessageEvent). */
export interface PostedAsk {
  data: unknown;
  ports: readonly MessagePort[];
  waitUntil(done: Promise<unknown>): void;
}

/** Where posted asks arrive: the worker's global scope; anything else (an event page's window) has none. */
type AskTarget = { addEventListener(type: 'message', listener: (event: PostedAsk) => void): void };

const workerScope = (): AskTarget | null =>
  typeof (globalThis as { ServiceWorkerGlobalScope?: unknown }).ServiceWorkerGlobalScope === 'function' ? (globalThis as unknown as AskTarget) : null;

/**
 * The background's side, called once: `answer` gets every posted ask and returns its reply, or
 * undefined when it has none (as a `runtime.onMessage` listener does). The reply goes back on the ask's
 * port, and the worker is kept awake until it has; no reply, or one that fails, is posted as null, so
 * the page is never left waiting. Does nothing outside a service worker.
 */
export function answerPosts(answer: (message: unknown) => Promise<unknown> | undefined, scope: AskTarget | null = workerScope()): void {
  scope?.addEventListener('message', (event) => {
    const port = event.ports[0];
    if (!port) return;
    event.waitUntil(
      (answer(event.data) ?? Promise.resolve(null)).then(
        (value) => port.postMessage(value),
        () => port.postMessage(null),
      ),
    );
  });
}
