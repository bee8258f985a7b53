import { readBillingPage } from '../reader/read-page';
import { assembleReport, type Report, type ReportOptions } from './assemble';

export * from './assemble';

/** A self-contained, inert HTML file of the page with what Credit Lens read (read now when not given) and what the user says. */
export function buildReport(document: Document, options: ReportOptions): Report {
  return assembleReport(document, options, options.reading !== undefined ? options.reading : readBillingPage(document, options.url));
}
