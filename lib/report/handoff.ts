/**
 * "Save a report" (issue 12) crosses three contexts: the content script builds the file from the page
 * it is on, the background keeps it in memory and opens the extension's own report page, and that
 * page shows exactly what the file holds and offers it as a download link (a blob of the extension's
 * own origin). No permission beyond `storage`, no network: `tabs.create` of our own page needs none,
 * and the file is never written anywhere but where the user saves it.
 */
import { browser } from 'wxt/browser';
import { recordOf, z } from '../zod';
import { REPORT_OPEN } from './send';

const REPORT_GET = 'credit-lens/report-get';
/** Far above any Billing page's snapshot; a runaway page must not fill the background's memory. */
export const MAX_REPORT_BYTES = 8 * 1024 * 1024;
/** Reports kept for report pages that have not asked yet (the user may save twice). */
const KEPT = 3;
export const REPORT_PAGE = '/report.html';

const Count = z.number().check(z.int(), z.gte(0));
export const SnapshotStats = z.object({
  elements: Count,
  texts: Count,
  hidden: Count,
  shadowRoots: Count,
  dropped: recordOf(Count),
  attributesDropped: Count,
  eventHandlersDropped: Count,
});
export type SnapshotStats = z.infer<typeof SnapshotStats>;

export const ReportOpenMessage = z.object({
  type: z.literal(REPORT_OPEN),
  html: z.string().check(z.maxLength(MAX_REPORT_BYTES)),
  stats: SnapshotStats,
});
export type ReportOpenMessage = z.infer<typeof ReportOpenMessage>;
const ReportGetMessage = z.object({ type: z.literal(REPORT_GET), id: z.string().check(z.maxLength(64)) });
export const HandedReport = z.object({ html: z.string(), stats: SnapshotStats });
export type HandedReport = z.infer<typeof HandedReport>;
const ReportGetReply = z.object({ report: z.nullable(HandedReport) });

/** The background's side: keep what content scripts hand over, open the page, answer it. */
export function serveReports(): void {
  const kept = new Map<string, HandedReport>();
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : null;
    if (type === REPORT_OPEN) {
      const parsed = ReportOpenMessage.safeParse(message);
      if (!parsed.success) return Promise.resolve({ ok: false });
      const id = crypto.randomUUID();
      kept.set(id, { html: parsed.data.html, stats: parsed.data.stats });
      for (const old of [...kept.keys()].slice(0, -KEPT)) kept.delete(old);
      return browser.tabs.create({ url: browser.runtime.getURL(`${REPORT_PAGE}#${id}` as '/report.html') }).then(() => ({ ok: true }));
    }
    if (type === REPORT_GET) {
      const parsed = ReportGetMessage.safeParse(message);
      return Promise.resolve({ report: parsed.success ? (kept.get(parsed.data.id) ?? null) : null });
    }
    return undefined;
  });
}

/** The report page's side: the report it was opened for, or null when the background no longer has it. */
export async function fetchReport(id: string): Promise<HandedReport | null> {
  const reply = ReportGetReply.safeParse(await browser.runtime.sendMessage({ type: REPORT_GET, id }));
  return reply.success ? reply.data.report : null;
}
