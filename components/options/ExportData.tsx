import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { useState } from 'preact/hooks';
import { exportNotes } from '../../lib/notes/export-import';
import { toIcs } from '../../lib/notes/ics';
import type { LoadedNotes } from '../../lib/notes/store';
import { localDay } from '../../lib/iso-day';
import { downloadText } from '../popup/download';
import { errorText } from '../../lib/notes/op-message';

/** Everything, as a versioned JSON file the Import below (or another machine) reads back. */
export function ExportData({ loaded, now }: { loaded: LoadedNotes; now: () => Date }) {
  const t = useT();
  const [status, setStatus] = useState('');
  return (
    <div class="data-block">
      <h3 class="block-title">{t.t(msg('options.data.exportTitle'))}</h3>
      <p class="muted">{t.t(msg('options.data.exportIntro'))}</p>
      <button
        type="button"
        data-testid="export"
        onClick={() => {
          const at = now();
          const name = `credit-lens-notes-${localDay(at)}.json`;
          try {
            downloadText(name, exportNotes(loaded, at), 'application/json');
            setStatus(t.t(msg('options.data.exported', { file: name })));
          } catch (cause) {
            setStatus(t.t(msg('options.data.exportFailed', { reason: errorText(cause) })));
          }
        }}
      >
        {t.t(msg('options.data.exportButton'))}
      </button>
      <p class="muted" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** Expiry dates, activation deadlines and expected credit dates for any calendar app (.ics). */
export function CalendarExport({ loaded, now }: { loaded: LoadedNotes; now: () => Date }) {
  const t = useT();
  const [status, setStatus] = useState('');
  return (
    <div class="data-block">
      <h3 class="block-title">{t.t(msg('options.data.calendarTitle'))}</h3>
      <p class="muted">{t.t(msg('options.data.calendarIntro'))}</p>
      <button
        type="button"
        data-testid="calendar-export"
        onClick={() => {
          const at = now();
          const name = `credit-lens-deadlines-${localDay(at)}.ics`;
          try {
            downloadText(name, toIcs(loaded.notes, loaded.observations, at, { timeZone: t.timeZone, t }), 'text/calendar');
            setStatus(t.t(msg('options.data.calendarExported', { file: name })));
          } catch (cause) {
            setStatus(t.t(msg('options.data.exportFailed', { reason: errorText(cause) })));
          }
        }}
      >
        {t.t(msg('options.data.calendarButton'))}
      </button>
      <p class="muted" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
