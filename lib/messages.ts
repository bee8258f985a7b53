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
}
/** The request as the popup sends it. */
export const PAGE_SUMMARY_REQUEST: PageSummaryRequest = Object.freeze({ type: PAGE_SUMMARY });

/** Only the request's `type` is read; anything else in the message is ignored. */
export const isPageSummaryRequest = (message: unknown): message is PageSummaryRequest =>
  typeof message === 'object' && message !== null && (message as { type?: unknown }).type === PAGE_SUMMARY;

/** The content script's answer. */
export interface PageSummary {
  accountId: string | null;
  reading: BillingReading | null;
}
