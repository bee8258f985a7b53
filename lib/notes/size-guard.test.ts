import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { DEFAULT_QUOTA_BYTES, QuotaExceeded, assertWithinQuota, bytesInUse, entryBytes, quotaBytes, storageWarningText } from './size-guard';

describe('size guard', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('counts key and JSON in UTF-8 bytes, as Chrome does', () => {
    expect(entryBytes('k', 'ab')).toBe(1 + 4);
    expect(entryBytes('k', '€')).toBe(1 + 5);
    expect(entryBytes('k', null)).toBe(0);
  });

  it('estimates the whole area when the browser cannot say', async () => {
    await browser.storage.local.set({ a: 'xx', other: { n: 1 } });
    expect(await bytesInUse()).toBe(entryBytes('a', 'xx') + entryBytes('other', { n: 1 }));
  });

  it('uses the browser\'s quota, or 10 MB where it defines none', () => {
    expect(quotaBytes()).toBe((browser.storage.local as unknown as { QUOTA_BYTES: number }).QUOTA_BYTES);
    const local = browser.storage.local as unknown as { QUOTA_BYTES?: number };
    const saved = local.QUOTA_BYTES;
    delete local.QUOTA_BYTES;
    try {
      expect(quotaBytes()).toBe(DEFAULT_QUOTA_BYTES);
    } finally {
      local.QUOTA_BYTES = saved;
    }
  });

  it('warns past 80%, refuses past 100%', () => {
    expect(storageWarningText(800, 1000)).toBeNull();
    expect(storageWarningText(801, 1000)).toMatch(/Export your notes/);
    expect(() => assertWithinQuota(1000, 1000)).not.toThrow();
    expect(() => assertWithinQuota(1001, 1000)).toThrow(QuotaExceeded);
  });
});
