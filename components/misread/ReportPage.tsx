import { useEffect, useMemo, useState } from 'preact/hooks';
import { fetchReport, type HandedReport } from '../../lib/report/handoff';
import { readReportData } from '../../lib/report/read-report';
import { fileStamp } from '../popup/download';
import { fieldName, findingText } from './finding-text';
import { MISREAD_PAGE_STRINGS as S } from './page-strings';
import type { ReportData } from '../../lib/report/build';

type Stage = { stage: 'loading' } | { stage: 'gone' } | { stage: 'ready'; report: HandedReport; data: ReportData | null };

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

const READ_FIELDS = Object.keys(S.reportFieldNames) as (keyof typeof S.reportFieldNames)[];

/**
 * The extension's own page for "Save a report": what the file holds, in words and as the file's own
 * text, then a download link. Nothing is saved until the user clicks it, and nothing is ever sent.
 */
export function ReportPage({ id, load = fetchReport }: { id: string; load?: (id: string) => Promise<HandedReport | null> }) {
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
      <h1 class="brand">{S.reportTitle}</h1>
      {stage.stage === 'loading' && <p class="muted">{S.reportPreparing}</p>}
      {stage.stage === 'gone' && (
        <p class="notice warn" role="alert">
          {S.reportGone}
        </p>
      )}
      {ready && link && (
        <>
          <p>{S.reportIntro}</p>
          <p>
            <a class="download" data-testid="report-download" href={link} download={S.reportFileName(fileStamp(new Date()))}>
              {S.reportDownload(sizeOf(new TextEncoder().encode(ready.report.html).length))}
            </a>
          </p>
          <Summary report={ready.report} data={ready.data} />
          <h2 class="section-title">{S.reportFileText}</h2>
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
  const counts = data?.redactions;
  const dropped = Object.values(report.stats.dropped).reduce((sum, count) => sum + count, 0);
  return (
    <section class="report-summary" data-testid="report-summary">
      {counts && (
        <p>
          {S.reportRedacted(counts.amounts ?? 0, counts.accountIds ?? 0, (counts.emails ?? 0) + (counts.phones ?? 0) + (counts.names ?? 0) + (counts.addresses ?? 0) + (counts.taxIds ?? 0) + (counts.cards ?? 0), counts.codes ?? 0)}
        </p>
      )}
      <p>{S.reportDropped(dropped, report.stats.eventHandlersDropped)}</p>
      {data?.userSays.field && <p>{S.reportUserSays(fieldName(data.userSays.field))}</p>}
      {data && data.findings.length > 0 && (
        <ul>
          {data.findings.map((finding) => (
            <li key={finding.rule}>{findingText(finding)}</li>
          ))}
        </ul>
      )}
      {data && (
        <>
          <h2 class="section-title">{S.reportWhatRead}</h2>
          <dl class="report-reading">
            {READ_FIELDS.filter((field) => data.reading[field] !== null).map((field) => (
              <div key={field}>
                <dt>{S.reportFieldNames[field]}</dt>
                <dd data-field={field}>{String(data.reading[field])}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
