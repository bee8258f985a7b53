import { afterEach, describe, expect, it, vi } from 'vitest';
import { HANDED_BROWSER } from '@/lib/handover';

const global = globalThis as Record<symbol, unknown>;

describe("the Billing module's browser, handed over by the loader", () => {
  afterEach(() => {
    delete global[HANDED_BROWSER];
    vi.resetModules();
  });

  it("is the loader's own instance", async () => {
    const loaders = { runtime: { id: 'credit-lens' } };
    global[HANDED_BROWSER] = loaders;
    expect((await import('./billing-browser')).default).toBe(loaders);
  });

  it('fails with a clear error when the module is loaded without its loader', async () => {
    await expect(import('./billing-browser')).rejects.toThrow('loaded without its loader');
  });
});
