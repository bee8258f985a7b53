import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { answerPosts, postToWorker, type PostedAsk, type WorkerContainer } from './worker-post';

type Answer = Parameters<typeof answerPosts>[0];

/** A background worker with `answer` behind it, and the page's container whose controller it is. */
function workerAt(scriptURL: string, answer: Answer) {
  let deliver: ((event: PostedAsk) => void) | undefined;
  const waited: Promise<unknown>[] = [];
  answerPosts(answer, { addEventListener: (_type, listener) => (deliver = listener) });
  const container: WorkerContainer = {
    controller: {
      scriptURL,
      postMessage: (data, transfer) => deliver!({ data, ports: transfer as MessagePort[], waitUntil: (done) => waited.push(done) }),
    },
  };
  return { container, waited };
}

const ours = () => browser.runtime.getURL('/background.js');

describe('asking the background through its worker', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("gets the background's answer to the ask, a structured clone, and keeps the worker awake until it is sent", async () => {
    const { container, waited } = workerAt(ours(), (message) => Promise.resolve({ echo: message, json: '{"notes":{}}' }));
    await expect(postToWorker({ type: 'ask', fresh: true }, container)).resolves.toEqual({ echo: { type: 'ask', fresh: true }, json: '{"notes":{}}' });
    expect(waited).toHaveLength(1);
  });

  it("is not used where the page's worker is not ours: a content script's navigator is the host page's", () => {
    const host = workerAt('https://ads.tiktok.com/sw.js', () => Promise.resolve('never'));
    const answered = vi.fn();
    expect(postToWorker({ type: 'ask' }, { controller: { ...host.container.controller!, postMessage: answered } })).toBeNull();
    expect(answered).not.toHaveBeenCalled();
    expect(postToWorker({ type: 'ask' }, { controller: null })).toBeNull();
    expect(postToWorker({ type: 'ask' }, undefined)).toBeNull();
  });

  it('an ask the background has no answer for resolves null at once, rather than waiting out the time', async () => {
    const { container } = workerAt(ours(), () => undefined);
    await expect(postToWorker({ type: 'other' }, container, 60_000)).resolves.toBeNull();
  });

  it('a failed answer reaches the page as null rather than leaving it waiting', async () => {
    const { container } = workerAt(ours(), () => Promise.reject(new Error('storage is not readable')));
    await expect(postToWorker({ type: 'ask' }, container, 60_000)).resolves.toBeNull();
  });

  it('an ask not answered in time rejects, so the caller can read another way; a late answer is dropped', async () => {
    vi.useFakeTimers();
    let late: (value: unknown) => void = () => {};
    const { container } = workerAt(ours(), () => new Promise((resolve) => (late = resolve)));
    const asked = postToWorker({ type: 'ask' }, container, 1_000);
    const settled = vi.fn();
    asked!.then(settled, settled);
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(asked).rejects.toThrow('The background did not answer');
    late('too late');
    vi.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('the worker ignores a message without a port to answer on', () => {
    const answer = vi.fn<Answer>(() => Promise.resolve('x'));
    let deliver: ((event: PostedAsk) => void) | undefined;
    answerPosts(answer, { addEventListener: (_type, listener) => (deliver = listener) });
    const waitUntil = vi.fn();
    deliver!({ data: { type: 'ask' }, ports: [], waitUntil });
    expect(answer).not.toHaveBeenCalled();
    expect(waitUntil).not.toHaveBeenCalled();
  });

  it('registers nothing outside a service worker (an event page, a test)', () => {
    expect(() => answerPosts(() => undefined)).not.toThrow();
  });
});
