import { msg, type Msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { useState } from 'preact/hooks';
import { exportNotes } from '../../lib/notes/export-import';
import { toIcs } from '../../lib/notes/ics';
import type { LoadedNotes } from '../../lib/notes/store';
import { localDay } from '../../lib/iso-day';
import type { Translator } from '../../lib/i18n/translate';
import { downloadText } from '../popup/download';
import { errorText } from '../../lib/notes/op-message';

interface ExportProps {
  loaded: LoadedNotes;
  now: () => Date;
}

/** Everything, as a versioned JSON file the Import below (or another machine) reads back. */
export function ExportData({ loaded, now }: ExportProps) {
  return (
    <DownloadBlock
      title={msg('options.data.exportTitle')}
      intro={msg('options.data.exportIntro')}
      button={msg('options.data.exportButton')}
      testId="export"
      file={(at) => ({ name: `credit-lens-notes-${localDay(at)}.json`, type: 'application/json', text: () => exportNotes(loaded, at) })}
      done={(file) => msg('options.data.exported', { file })}
      now={now}
    />
  );
}

/** Expiry dates, activation deadlines and expected credit dates for any calendar app (.ics). */
export function CalendarExport({ loaded, now }: ExportProps) {
  return (
    <DownloadBlock
      title={msg('options.data.calendarTitle')}
      intro={msg('options.data.calendarIntro')}
      button={msg('options.data.calendarButton')}
      testId="calendar-export"
      file={(at, t) => ({ name: `credit-lens-deadlines-${localDay(at)}.ics`, type: 'text/calendar', text: () => toIcs(loaded.notes, loaded.observations, at, { timeZone: t.timeZone, t }) })}
      done={(file) => msg('options.data.calendarExported', { file })}
      now={now}
    />
  );
}

/** A button that saves one file, and says in place that it did, or why not. */
function DownloadBlock({
  title,
  intro,
  button,
  testId,
  file,
  done,
  now,
}: {
  title: Msg;
  intro: Msg;
  button: Msg;
  testId: string;
  /** The file for a download at `at`: its text is made only when the button is pressed. */
  file: (at: Date, t: Translator) => { name: string; type: string; text: () => string };
  done: (name: string) => Msg;
  now: () => Date;
}) {
  const t = useT();
  const [status, setStatus] = useState('');
  return (
    <div class="data-block">
      <h3 class="block-title">{t.t(title)}</h3>
      <p class="muted">{t.t(intro)}</p>
      <button
        type="button"
        data-testid={testId}
        onClick={() => {
          const { name, type, text } = file(now(), t);
          try {
            downloadText(name, text(), type);
            setStatus(t.t(done(name)));
          } catch (cause) {
            setStatus(t.t(msg('options.data.exportFailed', { reason: errorText(cause) })));
          }
        }}
      >
        {t.t(button)}
      </button>
      <p class="muted" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
