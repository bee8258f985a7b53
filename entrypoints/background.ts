import { keepNotes } from '../lib/notes/kept-notes';
import { startReminders } from '../lib/notes/reminder-alarms';
import { serveNotesSnapshots } from '../lib/notes/snapshot-serve';
import { serveNotesOps } from '../lib/notes/store';
import { serveReports } from '../lib/report/handoff';

export default defineBackground(() => {
  // The single writer of the notes: every context's changes arrive here as ops (lib/notes/store.ts).
  serveNotesOps();
  // The notes read and checked once per change, for the pages and the reminders alike.
  const notes = keepNotes();
  // The popup's and the board's first paint: the notes handed over as one string.
  serveNotesSnapshots(notes);
  // Alarms, notifications and the toolbar badge, re-planned whenever the notes change.
  startReminders({ read: notes });
  // "Save a report": keeps a content script's report until the extension's report page takes it.
  serveReports();
});
