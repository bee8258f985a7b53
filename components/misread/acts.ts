/**
 * What the misread session (components/overlay/session/misread.ts) does when the user acts, in
 * `misread.js` with pick mode: what a pick becomes, and "Save a report".
 */
import type { PlausibilityFinding } from '../../lib/hints/plausibility';
import { msg, type Msg } from '../../lib/i18n/message';
import type { LanguageCode } from '../../lib/lexicon';
import { loadLanguages } from '../../lib/lexicon/packs';
import { newId } from '../../lib/notes/ids';
import type { FixField } from '../../lib/notes/schema';
import { sendNotesOp } from '../../lib/notes/op-message';
import type { BillingReading } from '../../lib/reader/reading';
import { assembleReport } from '../../lib/report/assemble';
import { handOverReport } from '../../lib/report/send';
import { fixFromPick, type PickProblem } from '../../lib/session/pick';
import { quietly } from '../../lib/session/quietly';

const PROBLEMS: Record<PickProblem, (text: string) => Msg> = {
  'no-account': () => msg('misread.pickNoAccount'),
  'no-label': () => msg('misread.pickNoLabel'),
  'not-amount': (text) => msg('misread.pickNotAmount', { text }),
  'not-entry': () => msg('misread.pickNotEntry'),
  'not-unique': () => msg('misread.pickNotUnique'),
};

/**
 * What a pick becomes: the fix the picked element makes for the field, handed to the background's
 * writer (null), or why it cannot be one, in the user's words.
 */
export function savePick(element: Element, field: FixField, reading: BillingReading): Msg | null {
  const outcome = fixFromPick(element, field, reading, newId());
  if (!outcome.ok) return PROBLEMS[outcome.problem](outcome.text);
  sendNotesOp({ type: 'fix/save', fix: outcome.fix }).catch(quietly('could not save a fix'));
  return null;
}

export interface ReportRequest {
  /** Null when the page could not be read. */
  reading: BillingReading | null;
  findings: PlausibilityFinding[];
  /** The value the user said is wrong, if they said one. */
  field: FixField | null;
  /** The languages the Billing module installed. */
  languages: readonly LanguageCode[];
}

/** Builds the page's report and hands it to the background, which opens the report page. */
export async function saveReport(document: Document, { reading, findings, field, languages }: ReportRequest): Promise<void> {
  // This module has its own copy of the lexicon's packs (it shares no chunk with the Billing module),
  // and the redaction keeps a date's digits only if it reads the date: it needs the page's month names.
  // Without them the report still goes, those dates' digits redacted like any other number.
  await loadLanguages(languages).catch(quietly('could not load the page languages for a report'));
  const options = { url: document.location?.href ?? null, findings, userSays: { field, note: '' } };
  return handOverReport(assembleReport(document, options, reading));
}
