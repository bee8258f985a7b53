/**
 * Messages between the popup and the content script: the request and the reply's shape, as plain code.
 * The popup checks a reply by its schema (messages-schema.ts), since a content script lives in a page
 * we do not control; the content script checks the request here, by its one field, so the Billing
 * module carries no schema for it (issue 11, its weight).
 */
import type { BillingReading } from './reader/reading';

/** Popup -> content script of the active tab: "what account and reading do you show?" */
const PAGE_SUMMARY = 'credit-lens/page-summary';
/**
 * A step the page takes itself (a hint's action, lib/hints/types.ts): its promo code entry, or an
 * element by the reading's selector (a promotion's row), brought into view as the dock's "Show me" does.
 */
export type PageAction = { type: 'scroll-to-coupon-entry' } | { type: 'show-on-page'; selector: string };
export const isPageAction = (action: { type: string }): action is PageAction => action.type === 'scroll-to-coupon-entry' || action.type === 'show-on-page';

export interface PageSummaryRequest {
  type: typeof PAGE_SUMMARY;
  /**
   * The popup's step on the page ("Show me where to enter it"): the page takes it and answers whether
   * its element was there, instead of the summary. The same request, so the page keeps one listener
   * and one check of what it is asked.
   */
  show?: PageAction;
}
// The request as the popup sends it. Marked pure: the Billing module imports this file for its check
// and, without the mark, would carry the frozen object although it never sends it.
export const PAGE_SUMMARY_REQUEST: PageSummaryRequest = /* @__PURE__ */ Object.freeze({ type: PAGE_SUMMARY });
export const showRequest = (show: PageAction): PageSummaryRequest => ({ type: PAGE_SUMMARY, show });

/** Only the request's `type` is read; anything else in the message is ignored. */
export const isPageSummaryRequest = (message: unknown): message is PageSummaryRequest =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PAGE_SUMMARY;

/** The content script's answer. */
export interface PageSummary {
  accountId: string | null;
  reading: BillingReading | null;
}
