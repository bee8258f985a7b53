/**
 * The content script's answer to the popup's "what account and reading do you show?". Requests are
 * validated like any message; anything else gets no answer, so other listeners can reply.
 */
import { isPageSummaryRequest, type PageSummary } from '../messages';
import { accountIdFromUrl } from '../reader/page-kind';
import type { BillingReading } from '../reader/reading';

export function summaryOf(reading: BillingReading | null, url: string | null): PageSummary {
  const fromUrl = url ? accountIdFromUrl(url).accountId : null;
  return { accountId: reading?.accountId ?? fromUrl ?? null, reading };
}

export function answerPageSummary(message: unknown, summary: () => PageSummary): PageSummary | undefined {
  return isPageSummaryRequest(message) ? summary() : undefined;
}
