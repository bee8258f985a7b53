/**
 * The content script's side of "Save a report" (./handoff.ts has the background's and the report
 * page's): hand the built report over, and the report page opens. Apart from the message schemas, so
 * `misread.js`, which sends it, carries no zod; the background checks what arrives.
 */
import { browser } from 'wxt/browser';
import type { Report } from './assemble';
import type { ReportOpenMessage } from './handoff';

export const REPORT_OPEN = 'credit-lens/report-open';

export async function handOverReport(report: Report): Promise<void> {
  const message = { type: REPORT_OPEN, html: report.html, stats: report.contents.page } satisfies ReportOpenMessage;
  const reply = (await browser.runtime.sendMessage(message)) as { ok?: unknown } | undefined;
  if (reply?.ok !== true) throw new Error('the background did not take the report');
}
