import { startReminders } from '../lib/notes/reminder-alarms';
import { serveNotesSnapshots } from '../lib/notes/snapshot-serve';
import { serveNotesOps } from '../lib/notes/store';
import { serveReports } from '../lib/report/handoff';

export default defineBackground(() => {
  // The single writer of the notes: every context's changes arrive here as ops (lib/notes/store.ts).
  serveNotesOps();
  // The board's first paint: the notes read and checked once, handed over as one string.
  serveNotesSnapshots();
  // Alarms, notifications and the toolbar badge, re-planned whenever the notes change.
  startReminders();
  // "Save a report": keeps a content script's report until the extension's report page takes it.
  serveReports();
});
