import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundled } from '../../tests/support/bundled';

const bundleOf = bundled();
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'used');
});

/**
 * Runs `entry` bundled as the extension's builds do (tree-shaken) and counts the set-up work the
 * reader's tables do as a module loads: the currency list asked of Intl, and the patterns built with
 * `new RegExp` (a literal costs nothing until used).
 */
async function loadBundled(entry: string): Promise<{ currencyLists: number; patterns: number }> {
  const bundle = await bundleOf(entry);
  const currencyLists = vi.spyOn(Intl, 'supportedValuesOf');
  let patterns = 0;
  const NativeRegExp = RegExp;
  globalThis.RegExp = new Proxy(NativeRegExp, {
    construct(target, args: [string, string?]) {
      patterns++;
      return new target(...args);
    },
  });
  try {
    await import(bundle);
  } finally {
    globalThis.RegExp = NativeRegExp;
  }
  return { currencyLists: currencyLists.mock.calls.length, patterns };
}

const lib = join(process.cwd(), 'lib', 'reader');

describe("the reader's tables, in a bundle that does not read pages", () => {
  it('are not built where only a currency\'s digits and the Payment link are taken (the popup, the board, the background)', async () => {
    const loaded = await loadBundled(
      `import { minorUnits } from ${JSON.stringify(join(lib, 'money-currency'))};\n` +
        `import { paymentPageUrl } from ${JSON.stringify(join(lib, 'page-kind'))};\n` +
        "(globalThis as { used?: unknown }).used = [minorUnits('JPY'), paymentPageUrl('7100000000000000000')];\n",
    );
    expect((globalThis as { used?: unknown }).used).toEqual([0, 'https://ads.tiktok.com/i18n/account/payment?aadvid=7100000000000000000']);
    expect(loaded).toEqual({ currencyLists: 0, patterns: 0 });
  });

  it('are built where amounts and routes are read', async () => {
    const loaded = await loadBundled(
      `import { parseMoney } from ${JSON.stringify(join(lib, 'money'))};\n` +
        `import { pageKindFromUrl } from ${JSON.stringify(join(lib, 'page-kind'))};\n` +
        "(globalThis as { used?: unknown }).used = [parseMoney('$5.00'), pageKindFromUrl('https://ads.tiktok.com/i18n/account/transactions')];\n",
    );
    expect((globalThis as { used?: unknown }).used).toEqual([{ value: '5.00', currency: 'USD' }, 'transactions']);
    expect(loaded.currencyLists).toBe(1);
    expect(loaded.patterns).toBeGreaterThanOrEqual(5);
  });
});
