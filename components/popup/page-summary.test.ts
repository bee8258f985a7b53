import { describe, expect, it } from 'vitest';
import { findPageSummary, showOnFound, type FoundSummary, type ShowTabsApi, type TabsApi } from './page-summary';

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

describe("taking a card's step on the found page", () => {
  const step = { type: 'scroll-to-coupon-entry' } as const;
  const found = (over: Partial<FoundSummary> = {}): FoundSummary => ({ summary: { accountId: ACCOUNT, reading }, tabId: 5, fromActiveTab: false, windowId: 2, ...over });

  /** A tab whose page now shows `accountId` (or answers nothing), and whose step finds its element or not. */
  function pageNow(accountId: string | undefined, hasElement = true): ShowTabsApi & { steps: unknown[]; activated: unknown[] } {
    const steps: unknown[] = [];
    const activated: unknown[] = [];
    return {
      steps,
      activated,
      query: async () => [],
      async sendMessage(_tabId, message) {
        if (accountId === undefined) throw new Error('Receiving end does not exist.');
        const show = (message as { show?: unknown }).show;
        if (!show) return { accountId, reading };
        steps.push(show);
        return hasElement;
      },
      activate: async (tabId, windowId) => void activated.push([tabId, windowId]),
    };
  }

  it('takes the step, then brings the tab and its window to the front', async () => {
    const tabs = pageNow(ACCOUNT);
    expect(await showOnFound(tabs, found(), step)).toEqual({ type: 'shown' });
    expect(tabs.steps).toEqual([step]);
    expect(tabs.activated).toEqual([[5, 2]]);
  });

  it('leaves the active tab where it is', async () => {
    const tabs = pageNow(ACCOUNT);
    expect(await showOnFound(tabs, found({ fromActiveTab: true }), step)).toEqual({ type: 'shown' });
    expect(tabs.activated).toEqual([]);
  });

  it("does not show another account's page: the tab was turned to it since the popup opened", async () => {
    const tabs = pageNow('1111111111');
    expect(await showOnFound(tabs, found(), step)).toEqual({ type: 'moved', accountId: '1111111111' });
    expect(tabs.steps).toEqual([]);
    expect(tabs.activated).toEqual([]);
  });

  it('says the step is gone when the element is, or when the tab no longer answers', async () => {
    const noElement = pageNow(ACCOUNT, false);
    expect(await showOnFound(noElement, found(), step)).toEqual({ type: 'gone' });
    expect(noElement.activated).toEqual([]);
    expect(await showOnFound(pageNow(undefined), found(), step, 20)).toEqual({ type: 'gone' });
  });
});
