/**
 * Messages between the popup and the content script: the request and the reply's shape, as plain code.
 * The popup checks a reply by its schema (messages-schema.ts), since a content script lives in a page
 * we do not control; the content script checks the request here, by its one field, so the Billing
 * module carries no schema for it (issue 11, its weight).
 */
import type { BillingReading } from './reader/reading';

/** Popup -> content script of the active tab: "what account and reading do you show?" */
const PAGE_SUMMARY = 'credit-lens/page-summary';
export interface PageSummaryRequest {
  type: typeof PAGE_SUMMARY;
  /**
   * The popup's "Show me where to enter it": the page brings its promo code entry into view, outlined,
   * and answers whether it could instead of the summary. The same request, so the page keeps one
   * listener and one check of what it is asked.
   */
  show?: 'coupon-entry';
}
// The requests as the popup sends them. Marked pure: the Billing module imports this file for its check
// and, without the mark, would carry both frozen objects although it never sends them.
export const PAGE_SUMMARY_REQUEST: PageSummaryRequest = /* @__PURE__ */ Object.freeze({ type: PAGE_SUMMARY });
export const SHOW_COUPON_ENTRY_REQUEST: PageSummaryRequest = /* @__PURE__ */ Object.freeze({ type: PAGE_SUMMARY, show: 'coupon-entry' });

/** Only the request's `type` is read; anything else in the message is ignored. */
export const isPageSummaryRequest = (message: unknown): message is PageSummaryRequest =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PAGE_SUMMARY;

/** The content script's answer. */
export interface PageSummary {
  accountId: string | null;
  reading: BillingReading | null;
}
