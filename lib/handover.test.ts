import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_IMPORTER, chunkLoader, handed, handedImporter, handOver } from './handover';

const hand = (importer: unknown) => ((globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] = importer);

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER];
});

describe('chunkLoader', () => {
  it('fails clearly, naming the chunk, when no loader handed an importer over', async () => {
    expect(handedImporter()).toBeNull();
    await expect(chunkLoader('parts.js').load()).rejects.toThrow(/no Billing chunk importer for parts\.js/);
  });

  it('asks the importer once for its file, shares the load in progress and keeps the module', async () => {
    const module = { name: 'parts' };
    const importer = vi.fn((_file: string) => Promise.resolve(module));
    hand(importer);
    const parts = chunkLoader<typeof module>('parts.js');
    expect(parts.loaded()).toBeNull();
    expect(parts.loading()).toBe(false);
    const both = Promise.all([parts.load(), parts.load()]);
    expect(parts.loading()).toBe(true);
    const [first, second] = await both;
    expect(parts.loading()).toBe(false);
    expect(first).toBe(module);
    expect(second).toBe(module);
    expect(parts.loaded()).toBe(module);
    await parts.load();
    expect(importer.mock.calls).toEqual([['parts.js']]);
  });

  it('shares one load and one module among every loader of the same file', async () => {
    const module = { name: 'shared' };
    const importer = vi.fn((_file: string) => Promise.resolve(module));
    hand(importer);
    const forParts = chunkLoader<typeof module>('shared.js');
    const forRule = chunkLoader<typeof module>('shared.js');
    await forRule.load();
    expect(forParts.loaded()).toBe(module);
    await expect(forParts.load()).resolves.toBe(module);
    expect(importer).toHaveBeenCalledOnce();
  });

  it("tells every file's listener once the module arrives, whichever loader asked, and not after unsubscribing", async () => {
    const importer = vi.fn((_file: string) => Promise.resolve({ name: 'told' }));
    hand(importer);
    const told: string[] = [];
    const forRule = chunkLoader('told.js');
    forRule.onLoaded(() => told.push('rule'));
    const stop = forRule.onLoaded(() => told.push('gone'));
    stop();
    await chunkLoader('told.js').load();
    expect(told).toEqual(['rule']);
    await chunkLoader('told.js').load();
    expect(told).toEqual(['rule']);
  });

  it('tries again after a failed load (an extension reload mid-way)', async () => {
    const importer = vi.fn().mockRejectedValueOnce(new Error('reloaded')).mockResolvedValueOnce({ ok: true });
    hand(importer);
    const misread = chunkLoader<{ ok: boolean }>('misread.js');
    const failing = misread.load();
    expect(misread.loading()).toBe(true);
    await expect(failing).rejects.toThrow('reloaded');
    expect(misread.loading()).toBe(false);
    expect(misread.loaded()).toBeNull();
    await expect(misread.load()).resolves.toEqual({ ok: true });
    expect(importer).toHaveBeenCalledTimes(2);
  });

  it('ignores a handed value that is not a function', () => {
    hand('not an importer');
    expect(handedImporter()).toBeNull();
  });
});

describe('handOver', () => {
  const KEY = Symbol.for('credit-lens.test-handover');
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[KEY];
  });

  it('hands a value over once: a second hand-over keeps the first, as a second Billing route in one tab does', () => {
    expect(handed(KEY)).toBeUndefined();
    const first = () => 'first';
    handOver(KEY, first);
    handOver(KEY, () => 'second');
    expect(handed(KEY)).toBe(first);
  });
});
