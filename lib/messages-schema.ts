/**
 * The popup's check of the content script's answer (messages.ts): a content script lives in a page we
 * do not control, so its reply crosses a trust boundary.
 */
import { z } from './zod';
import type { PageSummary as PageSummaryShape } from './messages';
import { BillingReading } from './reader/reading';

/** Typed by the plain shape, so the two cannot drift apart. */
export const PageSummary: z.ZodMiniType<PageSummaryShape> = z.object({
  accountId: z.nullable(z.string()),
  reading: z.nullable(BillingReading),
});
