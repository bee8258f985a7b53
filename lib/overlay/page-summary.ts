/**
 * The content script's answer to the popup's "what account and reading do you show?" and "show me where
 * to enter it". Requests are validated like any message; anything else gets no answer, so other
 * listeners can reply.
 */
import { isPageSummaryRequest, type PageAction, type PageSummary } from '../messages';
import { accountIdFromUrl } from '../reader/page-kind';
import type { BillingReading } from '../reader/reading';

export function summaryOf(reading: BillingReading | null, url: string | null): PageSummary {
  const fromUrl = url ? accountIdFromUrl(url).accountId : null;
  return { accountId: reading?.accountId ?? fromUrl ?? null, reading };
}

/** The summary, or for a step on the page whether its element was there to show. */
export function answerPageSummary(message: unknown, summary: () => PageSummary, show: (action: PageAction) => boolean): PageSummary | boolean | undefined {
  if (!isPageSummaryRequest(message)) return undefined;
  return message.show ? show(message.show) : summary();
}
