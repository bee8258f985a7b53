/**
 * What the popup needs from the rest of the extension, in one place so component tests can hand in
 * fakes: the notes (components/notes-services.ts) and the tabs it may ask.
 */
import { browser } from 'wxt/browser';
import type { NotesServices } from '../notes-services';
import { snapshotNotesServices } from '../snapshot-services';
import { findPageSummary, type FoundSummary } from './page-summary';

export type { NotesServices } from '../notes-services';

export interface PopupServices extends NotesServices {
  findPageSummary(): Promise<FoundSummary | null>;
  openOptions(): void;
  /** The deadlines board of every account, in a tab of its own. */
  openBoard(): void;
  /** Links in hints (Ads Manager pages, help articles) open in a new tab; no permission needed for that. */
  openUrl(url: string): void;
}

export const popupServices: PopupServices = {
  ...snapshotNotesServices,
  findPageSummary: () =>
    findPageSummary({
      query: (query) => browser.tabs.query(query),
      sendMessage: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    }),
  openOptions: () => void browser.runtime.openOptionsPage(),
  openBoard: () => void browser.tabs.create({ url: browser.runtime.getURL('/board.html') }),
  openUrl: (url) => {
    // Hint links are ours, but a link that is not plain https has no business opening from here.
    if (url.startsWith('https://')) void browser.tabs.create({ url });
  },
};
