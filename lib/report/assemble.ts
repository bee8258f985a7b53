import type { PlausibilityFinding } from '../hints/plausibility';
import type { BillingReading } from '../reader/reading';
import { FAKE_ACCOUNT_ID, FAKE_ORG_ID, RedactionMap, type RedactionCounts } from './redaction-map';
import { redactReading } from './redact-reading';
import { redactText } from './redact-text';
import { escapeAttribute, findPeople, snapshotBody, type SnapshotStats } from './snapshot';
import { DECIMAL } from '../reader/value-shapes';
import { accountIdFromUrl } from '../reader/page-kind';

/** Marks a file as a Credit Lens misread report; `npm run inspect` looks for it. */
export const REPORT_FORMAT = 'credit-lens-misread-report';
export const REPORT_VERSION = 1;
export const REPORT_DATA_ID = 'credit-lens-report';

/** What the user says is wrong: which value, and in their words (the words are redacted too). */
export interface UserSays {
  field: string | null;
  note: string;
}

/** The JSON block of a report: everything in it is already redacted (when redaction is on). */
export interface ReportData {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  createdAt: string;
  redacted: boolean;
  url: string | null;
  /** Null when Credit Lens could not read the page: the page itself is what the report is for. */
  reading: BillingReading | null;
  findings: PlausibilityFinding[];
  userSays: UserSays;
  redactions: RedactionCounts | null;
}

export interface ReportOptions {
  url: string | null;
  /** What Credit Lens read on this page (null: it could not); `buildReport` reads it now when not given. */
  reading?: BillingReading | null;
  findings?: PlausibilityFinding[];
  userSays?: UserSays;
  /** On unless the user turns it off. */
  redact?: boolean;
  now?: Date;
  /** The redaction's secret, for tests; a fresh random one otherwise. */
  seed?: number;
}

/** The "see exactly what the file holds" preview, as plain data. */
export interface ReportContents {
  data: ReportData;
  page: SnapshotStats;
  bytes: number;
}

export interface Report {
  html: string;
  contents: ReportContents;
  /** The redaction's secret half: kept in memory, never written to the file. */
  map: RedactionMap;
}

// JSON inside a non-running data block: no "<" at all, so no page text can close the block.
const safeJson = (value: unknown) => JSON.stringify(value, null, 1).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

function redactFindings(findings: PlausibilityFinding[], map: RedactionMap, redact: boolean): PlausibilityFinding[] {
  if (!redact) return findings;
  return findings.map((finding) => ({
    ...finding,
    facts: Object.fromEntries(Object.entries(finding.facts).map(([key, value]) => [key, typeof value === 'string' && DECIMAL.test(value) ? map.amount(value) : value])),
  }));
}

/**
 * A self-contained, inert HTML file of the page with what Credit Lens read and what the user says.
 * The reading is given: this file must not pull the reader in, so the overlay's lazily loaded part
 * (components/misread/lazy.ts) stays small. `buildReport` (./build.ts) reads the page when asked.
 */
export function assembleReport(document: Document, options: ReportOptions, reading: BillingReading | null): Report {
  const redact = options.redact ?? true;
  const map = new RedactionMap(options.seed);
  if (redact) {
    // With no reading, the address still names the account: its id maps to the same fake one in the text.
    const ids = reading ? { accountId: reading.accountId, orgId: reading.businessCenterId } : accountIdFromUrl(options.url);
    map.addId(ids.accountId, FAKE_ACCOUNT_ID);
    map.addId(ids.orgId, FAKE_ORG_ID);
    findPeople(document, map);
  }
  const text = (value: string) => (redact ? redactText(value, map) : value);
  const { html: body, stats } = snapshotBody(document, text);
  const url = options.url === null ? null : text(options.url);
  const data: ReportData = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    createdAt: (options.now ?? new Date()).toISOString(),
    redacted: redact,
    url,
    reading: redact && reading ? redactReading(reading, map) : reading,
    findings: redactFindings(options.findings ?? [], map, redact),
    userSays: { field: options.userSays?.field ?? null, note: text(options.userSays?.note ?? '') },
    redactions: redact ? { ...map.counts } : null,
  };
  const root = document.documentElement;
  const lang = root?.getAttribute('lang');
  const dir = root?.getAttribute('dir');
  const title = document.title ? text(document.title) : '';
  const html = [
    '<!DOCTYPE html>',
    `<html${lang ? ` lang="${escapeAttribute(lang)}"` : ''}${dir ? ` dir="${escapeAttribute(dir)}"` : ''}>`,
    '<head><meta charset="utf-8">',
    `<meta name="${REPORT_FORMAT}" content="${REPORT_VERSION}">`,
    // Nothing in this file may run or load anything, even when opened in a browser.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
    url ? `<link rel="canonical" href="${escapeAttribute(url)}">` : '',
    `<title>${title.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</title>`,
    `<script type="application/json" id="${REPORT_DATA_ID}">${safeJson(data)}</script>`,
    '</head>',
    body,
    '</html>',
    '',
  ].join('\n');
  return { html, contents: { data, page: stats, bytes: new TextEncoder().encode(html).length }, map };
}

/** What a report file holds, for the preview; the same data the file carries, nothing hidden. */
export function describeReport(report: Report): ReportContents {
  return report.contents;
}
