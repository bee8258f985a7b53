/**
 * Which Ads Manager page is the user looking at? The content script answers a page-summary message;
 * the popup has no `tabs` permission, so it cannot read tab URLs and asks instead.
 *
 * The active tab is asked first. When it does not answer (a non-TikTok tab, or the popup opened as a
 * tab of its own) the other tabs are asked, most recently used first: only TikTok tabs have our
 * content script, so only they answer. Every answer is validated: it comes from a page we do not control.
 * The schemas load with the first ask, after the popup's first paint (the lists do not wait for a page).
 */
import type { PageAction, PageSummary as PageSummaryType } from '../../lib/messages';

interface TabLike {
  id?: number;
  windowId?: number;
  active?: boolean;
  lastAccessed?: number;
}

export interface TabsApi {
  query(query: { active?: boolean; currentWindow?: boolean }): Promise<TabLike[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

export interface FoundSummary {
  summary: PageSummaryType;
  tabId: number;
  /** False when it came from another tab than the active one: the popup says which account it shows. */
  fromActiveTab: boolean;
  /** The tab's window, brought to the front with the tab when the popup shows something there. */
  windowId?: number;
}

async function ask(tabs: TabsApi, tabId: number, timeoutMs: number): Promise<PageSummaryType | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const [{ PAGE_SUMMARY_REQUEST }, { PageSummary }] = await Promise.all([import('../../lib/messages'), import('../../lib/messages-schema')]);
    const reply = await Promise.race([tabs.sendMessage(tabId, PAGE_SUMMARY_REQUEST).catch(() => null), timeout]);
    const parsed = PageSummary.safeParse(reply);
    return parsed.success && parsed.data.accountId ? parsed.data : null;
  } finally {
    clearTimeout(timer);
  }
}

export async function findPageSummary(tabs: TabsApi, timeoutMs = 1500): Promise<FoundSummary | null> {
  try {
    const [active] = await tabs.query({ active: true, currentWindow: true });
    if (active?.id !== undefined) {
      const summary = await ask(tabs, active.id, timeoutMs);
      if (summary) return { summary, tabId: active.id, fromActiveTab: true, windowId: active.windowId };
    }
    const others = (await tabs.query({}))
      .filter((tab): tab is TabLike & { id: number } => tab.id !== undefined && tab.id !== active?.id)
      .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
    const answers = await Promise.all(others.map((tab) => ask(tabs, tab.id, timeoutMs)));
    const index = answers.findIndex(Boolean);
    return index === -1 ? null : { summary: answers[index]!, tabId: others[index]!.id, fromActiveTab: false, windowId: others[index]!.windowId };
  } catch {
    // No tabs API (or it failed): the popup works without a page, from the notes alone.
    return null;
  }
}

/** What became of a step the popup asked its page to take; `moved` carries the account the tab shows now. */
export type ShowResult = { type: 'shown' } | { type: 'gone' } | { type: 'moved'; accountId: string };

export interface ShowTabsApi extends TabsApi {
  /** Brings the tab, and its window, to the front. */
  activate(tabId: number, windowId?: number): Promise<void>;
}

/**
 * A step on the found page ("Show me where to enter it"). The tab is asked again first: since the
 * popup opened, the user may have turned it to another account's Payment page, whose entry is not the
 * card's. Asked before the tab comes to the front, as a toolbar popup closes as soon as another tab does.
 */
export async function showOnFound(tabs: ShowTabsApi, found: FoundSummary, action: PageAction, timeoutMs = 1500): Promise<ShowResult> {
  const { tabId } = found;
  const accountId = (await ask(tabs, tabId, timeoutMs))?.accountId;
  if (!accountId) return { type: 'gone' };
  if (accountId !== found.summary.accountId) return { type: 'moved', accountId };
  const { showRequest } = await import('../../lib/messages');
  if ((await tabs.sendMessage(tabId, showRequest(action)).catch(() => false)) !== true) return { type: 'gone' };
  if (!found.fromActiveTab) await tabs.activate(tabId, found.windowId);
  return { type: 'shown' };
}
