import { useEffect, useMemo, useState } from 'preact/hooks';
import { fetchReport, type HandedReport } from '../../lib/report/handoff';
import { readReportData } from '../../lib/report/read-report';
import { localDay } from '../../lib/iso-day';
import { systemTimeZone } from '../../lib/credit/calendar';
import { intlTag } from '../../lib/i18n/locales';
import { msg, type Msg } from '../../lib/i18n/message';
import type { Translator } from '../../lib/i18n/translate';
import { loadUiTranslator } from '../../lib/i18n/ui-catalog';
import { Text, TranslatorProvider, usePageWords, useT } from '../i18n/i18n';
import { notesServices } from '../notes-services';
import { useNotes } from '../popup/use-notes';
import { fieldName, findingText } from './finding-text';
import type { ReportData } from '../../lib/report/build';

type Stage = { stage: 'loading' } | { stage: 'gone' } | { stage: 'ready'; report: HandedReport; data: ReportData | null };

/** "12 kB", "1.5 MB": the unit in the page's language. */
function sizeOf(bytes: number, t: Translator): string {
  const [amount, unit] = bytes < 1024 * 1024 ? [Math.max(1, Math.round(bytes / 1024)), 'kilobyte'] : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(intlTag(t.locale), { style: 'unit', unit, maximumFractionDigits: 1 }).format(amount);
}

const READ_FIELDS = {
  pageKind: msg('report.field.pageKind'),
  language: msg('report.field.language'),
  accountId: msg('report.field.accountId'),
  currency: msg('report.field.currency'),
  accountBalance: msg('report.field.accountBalance'),
  cashBalance: msg('report.field.cashBalance'),
  creditBalance: msg('report.field.creditBalance'),
  spendSoFar: msg('report.field.spendSoFar'),
  billingThreshold: msg('report.field.billingThreshold'),
  nextBillDate: msg('report.field.nextBillDate'),
} satisfies Partial<Record<keyof ReportData['reading'], Msg>>;
const READ_FIELD_KEYS = Object.keys(READ_FIELDS) as (keyof typeof READ_FIELDS)[];

type ReportPageProps = { id: string; load?: (id: string) => Promise<HandedReport | null> };

/** The report page speaks the Language setting's choice, or the browser's language on "automatic", as the options page does. */
export function ReportPage(props: ReportPageProps) {
  const notes = useNotes(notesServices);
  const translator = usePageWords(notes.loaded?.settings.language, systemTimeZone(), loadUiTranslator);
  if (!translator) return null;
  return (
    <TranslatorProvider translator={translator}>
      <ReportView {...props} />
    </TranslatorProvider>
  );
}

/**
 * The extension's own page for "Save a report": what the file holds, in words and as the file's own
 * text, then a download link. Nothing is saved until the user clicks it, and nothing is ever sent.
 */
function ReportView({ id, load = fetchReport }: ReportPageProps) {
  const t = useT();
  const [stage, setStage] = useState<Stage>({ stage: 'loading' });
  useEffect(() => {
    load(id).then(
      (report) => setStage(report ? { stage: 'ready', report, data: dataOf(report.html) } : { stage: 'gone' }),
      () => setStage({ stage: 'gone' }),
    );
  }, [id]);
  const ready = stage.stage === 'ready' ? stage : null;
  // A blob of the extension's own origin: the download link never leaves this page.
  const link = useMemo(() => (ready ? URL.createObjectURL(new Blob([ready.report.html], { type: 'text/html' })) : null), [ready?.report]);
  useEffect(() => () => void (link && URL.revokeObjectURL(link)), [link]);

  return (
    <main class="report-page">
      <h1 class="brand">{t.t(msg('report.title'))}</h1>
      {stage.stage === 'loading' && <p class="muted">{t.t(msg('report.preparing'))}</p>}
      {stage.stage === 'gone' && (
        <p class="notice warn" role="alert">
          {t.t(msg('report.gone'))}
        </p>
      )}
      {ready && link && (
        <>
          <p>{t.t(msg('report.intro'))}</p>
          <p>
            <a class="download" data-testid="report-download" href={link} download={`credit-lens-report-${localDay(new Date())}.html`}>
              <Text msg={msg('report.download', { size: sizeOf(new TextEncoder().encode(ready.report.html).length, t) })} />
            </a>
          </p>
          <Summary report={ready.report} data={ready.data} />
          <h2 class="section-title">{t.t(msg('report.fileText'))}</h2>
          <pre class="report-text" data-testid="report-text" tabIndex={0}>
            {ready.report.html}
          </pre>
        </>
      )}
    </main>
  );
}

function dataOf(html: string): ReportData | null {
  const read = readReportData(html);
  return read.kind === 'report' ? read.data : null;
}

function Summary({ report, data }: { report: HandedReport; data: ReportData | null }) {
  const t = useT();
  const counts = data?.redactions;
  const dropped = Object.values(report.stats.dropped).reduce((sum, count) => sum + count, 0);
  // Null when Credit Lens could not read the page: the file holds the page alone.
  const read = data?.reading ?? null;
  return (
    <section class="report-summary" data-testid="report-summary">
      {counts && (
        <p>
          {t.t(
            msg('report.redacted', {
              amounts: counts.amounts ?? 0,
              ids: counts.accountIds ?? 0,
              personal: (counts.emails ?? 0) + (counts.phones ?? 0) + (counts.names ?? 0) + (counts.addresses ?? 0) + (counts.taxIds ?? 0) + (counts.cards ?? 0),
              codes: counts.codes ?? 0,
            }),
          )}
        </p>
      )}
      <p>{t.t(msg('report.dropped', { elements: dropped, handlers: report.stats.eventHandlersDropped }))}</p>
      {data?.userSays.field && <p>
          <Text msg={msg('report.userSays', { field: fieldName(data.userSays.field) })} />
        </p>}
      {data && data.findings.length > 0 && (
        <ul>
          {data.findings.map((finding) => (
            <li key={finding.rule}>
              <Text msg={findingText(finding)} />
            </li>
          ))}
        </ul>
      )}
      {data && (
        <>
          <h2 class="section-title">{t.t(msg('report.whatRead'))}</h2>
          {read ? (
            <dl class="report-reading">
              {READ_FIELD_KEYS.filter((field) => read[field] !== null).map((field) => (
                <div key={field}>
                  <dt>{t.t(READ_FIELDS[field])}</dt>
                  <dd data-field={field}>{String(read[field])}</dd>
                </div>
              ))}
            </dl>
          ) : (
            <p data-testid="report-unread">{t.t(msg('report.unread'))}</p>
          )}
        </>
      )}
    </section>
  );
}
