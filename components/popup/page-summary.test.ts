import { describe, expect, it } from 'vitest';
import { findPageSummary, type TabsApi } from './page-summary';

const ACCOUNT = '7234567890123456789';
const reading = null;

function tabsWith(tabs: { id: number; windowId?: number; active?: boolean; lastAccessed?: number; answer?: unknown; hang?: boolean }[]): TabsApi & { asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    async query(query) {
      return query.active ? tabs.filter((tab) => tab.active) : tabs;
    },
    sendMessage(tabId) {
      asked.push(tabId);
      const tab = tabs.find((t) => t.id === tabId)!;
      if (tab.hang) return new Promise(() => {});
      if (tab.answer === undefined) return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
      return Promise.resolve(tab.answer);
    },
  };
}

describe('finding the Ads Manager page the popup is about', () => {
  it('takes the active tab when it is an Ads Manager page', async () => {
    const tabs = tabsWith([
      { id: 1, active: true, answer: { accountId: ACCOUNT, reading } },
      { id: 2, answer: { accountId: '1111111111', reading } },
    ]);
    const found = await findPageSummary(tabs);
    expect(found).toEqual({ summary: { accountId: ACCOUNT, reading }, tabId: 1, fromActiveTab: true, windowId: undefined });
    expect(tabs.asked).toEqual([1]);
  });

  it('falls back to the most recently used TikTok tab when the active tab has no content script', async () => {
    const tabs = tabsWith([
      { id: 1, active: true },
      { id: 2, lastAccessed: 10, answer: { accountId: '1111111111', reading } },
      { id: 3, windowId: 7, lastAccessed: 30, answer: { accountId: ACCOUNT, reading } },
      { id: 4, lastAccessed: 50 },
    ]);
    const found = await findPageSummary(tabs);
    expect(found?.tabId).toBe(3);
    // Its window too: what the popup shows there brings that window to the front.
    expect(found?.windowId).toBe(7);
    expect(found?.fromActiveTab).toBe(false);
    expect(found?.summary.accountId).toBe(ACCOUNT);
  });

  it('ignores a reply that is not a page summary (the page is not ours to trust)', async () => {
    const tabs = tabsWith([{ id: 1, active: true, answer: { accountId: 42, reading: '<b>' } }]);
    expect(await findPageSummary(tabs)).toBeNull();
  });

  it('does not wait forever for a tab that never answers', async () => {
    const tabs = tabsWith([
      { id: 1, active: true, hang: true },
      { id: 2, answer: { accountId: ACCOUNT, reading } },
    ]);
    const found = await findPageSummary(tabs, 20);
    expect(found?.tabId).toBe(2);
  });

  it('skips a TikTok tab that shows no account', async () => {
    const tabs = tabsWith([{ id: 1, active: true, answer: { accountId: null, reading } }]);
    expect(await findPageSummary(tabs)).toBeNull();
  });

  it('works without a tabs API at all', async () => {
    const broken: TabsApi = { query: () => Promise.reject(new Error('no tabs')), sendMessage: () => Promise.reject(new Error('no')) };
    expect(await findPageSummary(broken)).toBeNull();
  });
});
