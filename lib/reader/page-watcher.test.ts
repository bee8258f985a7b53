// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageChanges } from './page-changes';
import { PageWatcher } from './page-watcher';

let settled: PageChanges[];
let watcher: PageWatcher;

/** MutationObserver callbacks run as microtasks; fake timers leave those alone. */
const deliver = () => Promise.resolve().then(() => undefined);

beforeEach(() => {
  vi.useFakeTimers();
  document.body.innerHTML = '<main><span id="amount">$50.00</span></main><credit-lens-overlay></credit-lens-overlay>';
  settled = [];
  watcher = new PageWatcher({
    timers: { setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
    quietMs: 250,
    maxWaitMs: 1000,
    floodRecords: 50,
    onSettled: (records) => settled.push(records),
  });
  watcher.observe(document.body);
});

afterEach(() => {
  watcher.disconnect();
  vi.useRealTimers();
});

const amount = () => document.getElementById('amount')!;

describe('batching page changes until the page is quiet', () => {
  it('hands over one batch 250 ms after the last change, not before', async () => {
    amount().textContent = '$51.00';
    await deliver();
    await vi.advanceTimersByTimeAsync(200);
    amount().textContent = '$52.00';
    await deliver();
    await vi.advanceTimersByTimeAsync(200);
    expect(settled).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(60);
    expect(settled).toHaveLength(1);
    expect(settled[0]!.count).toBeGreaterThanOrEqual(2);
  });

  it('hands over at most 1 s after the first change while the page keeps changing', async () => {
    for (let elapsed = 0; elapsed < 1000; elapsed += 100) {
      amount().textContent = `$${elapsed}.00`;
      await deliver();
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(settled).toHaveLength(1);
    // The page carries on: the next batch starts its own wait.
    amount().textContent = '$1.00';
    await deliver();
    await vi.advanceTimersByTimeAsync(249);
    expect(settled).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toHaveLength(2);
  });

  it('ignores changes to our own overlay, so drawing it never causes a read', async () => {
    const overlay = document.querySelector('credit-lens-overlay')!;
    overlay.setAttribute('class', 'open');
    overlay.append(document.createElement('div'));
    document.body.append(document.createElement('credit-lens-outline'));
    await deliver();
    await vi.advanceTimersByTimeAsync(2000);
    expect(settled).toHaveLength(0);
  });

  it('keeps page records that come with our own in the same batch, and only those', async () => {
    document.querySelector('credit-lens-overlay')!.setAttribute('class', 'open');
    amount().textContent = '$53.00';
    await deliver();
    await vi.advanceTimersByTimeAsync(250);
    expect(settled).toHaveLength(1);
    // The amount's text replaced; the overlay's class change is not folded in (it would be a restyle).
    expect(settled[0]!.textChanges()?.touched.has(amount())).toBe(true);
    expect(settled[0]!.textChanges()?.restyled).toEqual([]);
    expect(settled[0]!.attributed.size).toBe(0);
  });

  it('stops following a flood of changes that goes on, and hands it over as everything changed 1 s after it began', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    for (let elapsed = 0; elapsed < 1200; elapsed += 50) {
      for (let i = 0; i < 20; i++) amount().textContent = `$${elapsed}.${i}0`;
      await deliver();
      await vi.advanceTimersByTimeAsync(50);
      if (elapsed === 900) expect(settled).toHaveLength(0);
    }
    expect(settled.length).toBeGreaterThanOrEqual(1);
    // Nothing folded past the flood mark (50 records): the reader reads the page afresh.
    expect(settled[0]!.everything).toBe(true);
    expect(settled[0]!.count).toBe(0);
    expect(settled[0]!.textChanges()).toBeNull();
    // It looked again every 250 ms, and stopped observing at the first record each time.
    expect(disconnect.mock.calls.length).toBeGreaterThanOrEqual(4);
    disconnect.mockRestore();
    await vi.advanceTimersByTimeAsync(2000);
    // Quiet again: a single change is followed as before.
    settled = [];
    amount().textContent = '$1.00';
    await deliver();
    await vi.advanceTimersByTimeAsync(250);
    expect(settled).toHaveLength(1);
    expect(settled[0]!.everything).toBe(false);
    expect(settled[0]!.textChanges()?.touched.has(amount())).toBe(true);
  });

  it('hands a flood that goes on over less and less often, and promptly once it stops', async () => {
    const at: number[] = [];
    const start = Date.now();
    watcher.disconnect();
    watcher = new PageWatcher({
      timers: { setTimeout: (handler, ms) => setTimeout(handler, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id) },
      floodRecords: 50,
      onSettled: (changes) => at.push(changes.everything ? Date.now() - start : -1),
    });
    watcher.observe(document.body);
    for (let elapsed = 0; elapsed < 3500; elapsed += 50) {
      for (let i = 0; i < 20; i++) amount().textContent = `$${elapsed}.${i}0`;
      await deliver();
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(2000);
    // 1 s after the flood began, then 2 s after the next batch began, then a look after it stopped.
    expect(at).toHaveLength(3);
    expect(at[0]).toBe(1000);
    expect(at[1]).toBeGreaterThanOrEqual(3000);
    expect(at[1]).toBeLessThanOrEqual(3100);
    expect(at[2]).toBeLessThanOrEqual(3500 + 500);
  });

  it('hands over a burst past the flood mark once a look finds the page quiet, not at 1 s', async () => {
    for (let i = 0; i < 40; i++) amount().textContent = `$${i}.00`;
    await deliver();
    // Paused at once; at 250 ms it looks again, and 250 ms of quiet after that ends the batch.
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toHaveLength(1);
    expect(settled[0]!.everything).toBe(true);
  });

  it('hands over nothing after disconnect', async () => {
    amount().textContent = '$54.00';
    await deliver();
    watcher.disconnect();
    await vi.advanceTimersByTimeAsync(2000);
    expect(settled).toHaveLength(0);
  });
});
