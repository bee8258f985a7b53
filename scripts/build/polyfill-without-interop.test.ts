import { afterEach, describe, expect, it } from 'vitest';
import type { Plugin } from 'vite';
import { bundled } from '../../tests/support/bundled';
import { polyfillWithoutInterop } from './polyfill-without-interop';

const bundleOf = bundled();
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'chrome');
  Reflect.deleteProperty(globalThis, 'browser');
  Reflect.deleteProperty(globalThis, 'taken');
});

/**
 * Bundles `import browser from 'webextension-polyfill'` as @wxt-dev/webextension-polyfill does, runs it
 * where the browser has its own `browser` namespace, and counts how often a property of that namespace
 * had its descriptor read: in Chrome, each such read builds that API.
 */
async function runBundled(plugins: Plugin[]): Promise<{ taken: unknown; native: object; descriptorsRead: string[] }> {
  const bundle = await bundleOf("import browser from 'webextension-polyfill';\n(globalThis as { taken?: unknown }).taken = browser;\n", plugins);
  const descriptorsRead: string[] = [];
  const api = { runtime: { id: 'extension-id' }, storage: {}, tabs: {}, windows: {}, alarms: {} };
  const native = new Proxy(api, {
    getOwnPropertyDescriptor(target, key) {
      descriptorsRead.push(String(key));
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  Object.assign(globalThis, { chrome: { runtime: { id: 'extension-id' } }, browser: native });
  await import(bundle);
  return { taken: (globalThis as { taken?: unknown }).taken, native, descriptorsRead };
}

describe('the polyfill taken without the CommonJS interop', () => {
  it("hands over the browser's own namespace without reading any of its APIs", async () => {
    const { taken, native, descriptorsRead } = await runBundled([polyfillWithoutInterop()]);
    expect(taken).toBe(native);
    expect(descriptorsRead).toEqual([]);
  });

  it('is needed: a plain import reads every API of the namespace', async () => {
    const { descriptorsRead } = await runBundled([]);
    expect(descriptorsRead).toEqual(expect.arrayContaining(['runtime', 'storage', 'tabs', 'windows', 'alarms']));
  });

  it('leaves every other import alone', async () => {
    const plugin = polyfillWithoutInterop();
    const resolve = plugin.resolveId as (source: string) => string | null;
    expect(resolve('webextension-polyfill')).not.toBeNull();
    expect(resolve('webextension-polyfill/dist/browser-polyfill.js')).toBeNull();
    expect(resolve('preact')).toBeNull();
  });
});
