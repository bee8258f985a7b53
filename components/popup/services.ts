/**
 * What the popup and options page need from the rest of the extension, in one place so component
 * tests can hand in fakes (the real writer lives in the background, which a DOM test does not run).
 */
import { browser } from 'wxt/browser';
import { loadNotes, newId, updateNotes, watchNotes, type LoadedNotes, type NotesOp } from '../../lib/notes/store';
import { findPageSummary, type FoundSummary } from './page-summary';

export interface NotesServices {
  loadNotes(): Promise<LoadedNotes>;
  watchNotes(callback: (loaded: LoadedNotes) => void): () => void;
  updateNotes(op: NotesOp): Promise<void>;
  newId(): string;
  now(): Date;
}

export interface PopupServices extends NotesServices {
  findPageSummary(): Promise<FoundSummary | null>;
  openOptions(): void;
  /** The deadlines board of every account, in a tab of its own. */
  openBoard(): void;
  /** Links in hints (Ads Manager pages, help articles) open in a new tab; no permission needed for that. */
  openUrl(url: string): void;
}

export const notesServices: NotesServices = {
  loadNotes,
  watchNotes,
  updateNotes,
  newId,
  now: () => new Date(),
};

export const popupServices: PopupServices = {
  ...notesServices,
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
