import { notesServices, type NotesServices } from '../popup/services';
import { BrandHeading } from '../BrandHeading';
import { StorageNotice } from '../popup/StorageNotice';
import { useNotes } from '../popup/use-notes';
import { DeleteAllData } from './DeleteAllData';
import { CalendarExport, ExportData } from './ExportData';
import { FixesList } from './FixesList';
import { ImportData } from './ImportData';
import { OverlaySettings } from './OverlaySettings';
import { ReminderSettings } from './ReminderSettings';

export function Options({ services = notesServices }: { services?: NotesServices }) {
  const { loaded, error } = useNotes(services);
  return (
    <main class="options" data-testid="options" data-ready={loaded ? 'true' : undefined}>
      <BrandHeading>Credit Lens options</BrandHeading>
      <p>
        <a href="/board.html" target="_blank" data-testid="open-board">
          All accounts: the deadlines board
        </a>
      </p>
      {error && (
        <p class="notice warn" role="alert">
          Credit Lens could not read your data ({error}). Nothing was changed.
        </p>
      )}
      {!loaded && !error && <p class="muted">Loading…</p>}
      {loaded && (
        <>
          <StorageNotice loaded={loaded} now={services.now} />
          <ReminderSettings
            days={loaded.settings.reminderLeadDays}
            onSave={(reminderLeadDays) => services.updateNotes({ type: 'settings/update', patch: { reminderLeadDays } })}
          />
          <OverlaySettings
            overlayOn={loaded.settings.overlayOn}
            onSave={(overlayOn) => services.updateNotes({ type: 'settings/update', patch: { overlayOn } })}
          />
          <FixesList notes={loaded.notes} onDelete={(fix) => services.updateNotes({ type: 'fix/delete', id: fix.id })} />
          <section class="section" aria-labelledby="data-title">
            <h2 id="data-title" class="section-title">
              Your data
            </h2>
            <p class="muted">Credit Lens keeps everything in this browser only. Nothing is ever sent anywhere.</p>
            <ExportData loaded={loaded} now={services.now} />
            <ImportData apply={(file) => services.updateNotes({ type: 'import/apply', file })} />
            <CalendarExport loaded={loaded} now={services.now} />
            <DeleteAllData onDelete={() => services.updateNotes({ type: 'all/delete' })} />
          </section>
        </>
      )}
    </main>
  );
}
