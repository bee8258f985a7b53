/**
 * The content script's answer to the popup's "what account and reading do you show?" and "show me where
 * to enter it". Requests are validated like any message; anything else gets no answer, so other
 * listeners can reply.
 */
import { isPageSummaryRequest, type PageSummary } from '../messages';
import { accountIdFromUrl } from '../reader/page-kind';
import type { BillingReading } from '../reader/reading';

export function summaryOf(reading: BillingReading | null, url: string | null): PageSummary {
  const fromUrl = url ? accountIdFromUrl(url).accountId : null;
  return { accountId: reading?.accountId ?? fromUrl ?? null, reading };
}

/** The summary, or for a show request whether the coupon entry was brought into view. */
export function answerPageSummary(message: unknown, summary: () => PageSummary, showCouponEntry: () => boolean): PageSummary | boolean | undefined {
  if (!isPageSummaryRequest(message)) return undefined;
  return message.show === 'coupon-entry' ? showCouponEntry() : summary();
}
