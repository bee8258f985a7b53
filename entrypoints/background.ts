import { startReminders } from '../lib/notes/reminder-alarms';
import { serveNotesOps } from '../lib/notes/store';

export default defineBackground(() => {
  // The single writer of the notes: every context's changes arrive here as ops (lib/notes/store.ts).
  serveNotesOps();
  // Alarms, notifications and the toolbar badge, re-planned whenever the notes change.
  startReminders();
});
