/**
 * What the popup needs from the rest of the extension, in one place so component tests can hand in
 * fakes: the notes (components/notes-services.ts) and the tabs it may ask.
 */
import { browser } from 'wxt/browser';
import type { PageAction } from '../../lib/messages';
import type { NotesServices } from '../notes-services';
import { snapshotNotesServices } from '../snapshot-services';
import { findPageSummary, showOnFound, type FoundSummary, type ShowResult, type ShowTabsApi } from './page-summary';

export type { NotesServices } from '../notes-services';

export interface PopupServices extends NotesServices {
  findPageSummary(): Promise<FoundSummary | null>;
  openOptions(): void;
  /** The deadlines board of every account, in a tab of its own. */
  openBoard(): void;
  /** Links in hints (Ads Manager pages, help articles) open in a new tab; no permission needed for that. */
  openUrl(url: string): void;
  /**
   * A step on the page ("Show me where to enter it"): the found tab's page takes it, as its dock's
   * "Show me" does; that tab comes to the front and the popup closes, so the user sees it. When the
   * page could not (its element is gone, the tab no longer answers, or it shows another account now),
   * the popup stays and says why.
   */
  showOnPage(found: FoundSummary, action: PageAction): Promise<ShowResult>;
}

const tabs: ShowTabsApi = {
  query: (query) => browser.tabs.query(query),
  sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  activate: async (tabId, windowId) => {
    await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
    if (windowId !== undefined) await browser.windows.update(windowId, { focused: true }).catch(() => undefined);
  },
};

export const popupServices: PopupServices = {
  ...snapshotNotesServices,
  findPageSummary: () => findPageSummary(tabs),
  openOptions: () => void browser.runtime.openOptionsPage(),
  openBoard: () => void browser.tabs.create({ url: browser.runtime.getURL('/board.html') }),
  openUrl: (url) => {
    // Hint links are ours, but a link that is not plain https has no business opening from here.
    if (url.startsWith('https://')) void browser.tabs.create({ url });
  },
  showOnPage: async (found, action) => {
    const result = await showOnFound(tabs, found, action);
    if (result.type === 'shown') window.close();
    return result;
  },
};
