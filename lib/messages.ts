/**
 * Messages between the extension's contexts, validated on receipt like any other trust boundary.
 * Only our own pages and content scripts can send them, but a content script lives in a page we do
 * not control, so a reply from it is checked too.
 */
import { z } from './zod';
import { BillingReading } from './reader/reading';

/** Popup -> content script of the active tab: "what account and reading do you show?" */
const PAGE_SUMMARY = 'credit-lens/page-summary';
export const PageSummaryRequest = z.object({ type: z.literal(PAGE_SUMMARY) });
export type PageSummaryRequest = z.infer<typeof PageSummaryRequest>;
/** The request as the popup sends it. */
export const PAGE_SUMMARY_REQUEST: PageSummaryRequest = Object.freeze({ type: PAGE_SUMMARY });
export const PageSummary = z.object({
  accountId: z.nullable(z.string()),
  reading: z.nullable(BillingReading),
});
export type PageSummary = z.infer<typeof PageSummary>;
