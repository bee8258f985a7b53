import { recordOf, z } from '../zod';
import { BillingReading } from '../reader/reading';
import { REPORT_DATA_ID, REPORT_FORMAT, REPORT_VERSION, type ReportData } from './build';

const ReportHeader = z.object({
  format: z.literal(REPORT_FORMAT),
  version: z.literal(REPORT_VERSION),
  createdAt: z.string(),
  redacted: z.boolean(),
  url: z.nullable(z.string()),
  reading: z.nullable(BillingReading),
  findings: z.array(z.object({ rule: z.string(), severity: z.literal('doubt'), facts: recordOf(z.union([z.string(), z.number(), z.boolean(), z.literal(null)])) })),
  userSays: z.object({ field: z.nullable(z.string()), note: z.string() }),
  redactions: z.nullable(recordOf(z.number())),
});

export type ReportRead = { kind: 'not-a-report' } | { kind: 'broken'; problem: string } | { kind: 'report'; data: ReportData };

/** Whether a file is a misread report, and its data block. Reads text only: no DOM, nothing runs. */
export function readReportData(html: string): ReportRead {
  if (!html.includes(`name="${REPORT_FORMAT}"`)) return { kind: 'not-a-report' };
  const open = `<script type="application/json" id="${REPORT_DATA_ID}">`;
  const start = html.indexOf(open);
  const end = start < 0 ? -1 : html.indexOf('</script>', start);
  if (start < 0 || end < 0) return { kind: 'broken', problem: 'the report has no data block' };
  let json: unknown;
  try {
    json = JSON.parse(html.slice(start + open.length, end));
  } catch (error) {
    return { kind: 'broken', problem: `the report's data block is not JSON: ${(error as Error).message}` };
  }
  const parsed = ReportHeader.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'broken', problem: `the report's data block is not a version ${REPORT_VERSION} report (${issue?.path.join('.') || 'top'}: ${issue?.message})` };
  }
  return { kind: 'report', data: parsed.data as ReportData };
}
