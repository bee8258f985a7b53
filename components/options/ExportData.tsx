import { useState } from 'preact/hooks';
import { exportNotes } from '../../lib/notes/export-import';
import { toIcs } from '../../lib/notes/ics';
import type { LoadedNotes } from '../../lib/notes/store';
import { downloadText, fileStamp } from '../popup/download';

/** Everything, as a versioned JSON file the Import below (or another machine) reads back. */
export function ExportData({ loaded, now }: { loaded: LoadedNotes; now: () => Date }) {
  const [status, setStatus] = useState('');
  return (
    <div class="data-block">
      <h3 class="block-title">Export</h3>
      <p class="muted">All your notes, observations and settings as one file. It stays on this computer unless you move it.</p>
      <button
        type="button"
        data-testid="export"
        onClick={() => {
          const at = now();
          const name = `credit-lens-notes-${fileStamp(at)}.json`;
          try {
            downloadText(name, exportNotes(loaded, at), 'application/json');
            setStatus(`Saved ${name} to your downloads.`);
          } catch (cause) {
            setStatus(`Could not export: ${cause instanceof Error ? cause.message : String(cause)}`);
          }
        }}
      >
        Export notes
      </button>
      <p class="muted" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}

/** Expiry dates, activation deadlines and expected credit dates for any calendar app (.ics). */
export function CalendarExport({ loaded, now }: { loaded: LoadedNotes; now: () => Date }) {
  const [status, setStatus] = useState('');
  return (
    <div class="data-block">
      <h3 class="block-title">Calendar</h3>
      <p class="muted">Expiry dates, activation deadlines and expected credit dates, for your calendar app.</p>
      <button
        type="button"
        data-testid="calendar-export"
        onClick={() => {
          const at = now();
          const name = `credit-lens-deadlines-${fileStamp(at)}.ics`;
          try {
            downloadText(name, toIcs(loaded.notes, loaded.observations, at), 'text/calendar');
            setStatus(`Saved ${name} to your downloads. Open it with your calendar app.`);
          } catch (cause) {
            setStatus(`Could not export: ${cause instanceof Error ? cause.message : String(cause)}`);
          }
        }}
      >
        Export calendar (.ics)
      </button>
      <p class="muted" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
