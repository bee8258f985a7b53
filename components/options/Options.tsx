import { loadUiTranslator } from '../../lib/i18n/ui-catalog';
import { msg } from '../../lib/i18n/message';
import { systemTimeZone } from '../../lib/credit/calendar';
import { TranslatorProvider, usePageWords, useT } from '../i18n/i18n';
import { notesServices, type NotesServices } from '../notes-services';
import { BrandHeading } from '../BrandHeading';
import { StorageNotice } from '../popup/StorageNotice';
import { useNotes } from '../popup/use-notes';
import { DeleteAllData } from './DeleteAllData';
import { CalendarExport, ExportData } from './ExportData';
import { FixesList } from './FixesList';
import { ImportData } from './ImportData';
import { LanguageSettings } from './LanguageSettings';
import { OverlaySettings } from './OverlaySettings';
import { ReminderSettings } from './ReminderSettings';

/** The options page speaks the Language setting's choice, or the browser's language on "automatic"; a change shows at once. */
export function Options({ services = notesServices }: { services?: NotesServices }) {
  const notes = useNotes(services);
  const translator = usePageWords(notes.loaded?.settings.language, systemTimeZone(), loadUiTranslator);
  if (!translator) return null;
  return (
    <TranslatorProvider translator={translator}>
      <OptionsView services={services} {...notes} />
    </TranslatorProvider>
  );
}

function OptionsView({ services, loaded, error }: { services: NotesServices } & ReturnType<typeof useNotes>) {
  const t = useT();
  return (
    <main class="options" data-testid="options" data-ready={loaded ? 'true' : undefined} lang={t.locale} dir={t.dir}>
      <BrandHeading>{t.t(msg('options.title'))}</BrandHeading>
      <p>
        <a href="/board.html" target="_blank" data-testid="open-board">
          {t.t(msg('board.openFromOptions'))}
        </a>
      </p>
      {error && (
        <p class="notice warn" role="alert">
          {t.t(msg('options.readFailed', { error }))}
        </p>
      )}
      {!loaded && !error && <p class="muted">{t.t(msg('common.loading'))}</p>}
      {loaded && (
        <>
          <StorageNotice loaded={loaded} now={services.now} />
          <LanguageSettings value={loaded.settings.language} onSave={(language) => services.updateNotes({ type: 'settings/update', patch: { language } })} />
          <ReminderSettings
            days={loaded.settings.reminderLeadDays}
            onSave={(reminderLeadDays) => services.updateNotes({ type: 'settings/update', patch: { reminderLeadDays } })}
          />
          <OverlaySettings
            overlayOn={loaded.settings.overlayOn}
            onSave={(overlayOn) => services.updateNotes({ type: 'settings/update', patch: { overlayOn } })}
            showMarks={loaded.settings.showMarks}
            onSaveMarks={(showMarks) => services.updateNotes({ type: 'settings/update', patch: { showMarks } })}
          />
          <FixesList notes={loaded.notes} onDelete={(fix) => services.updateNotes({ type: 'fix/delete', id: fix.id })} />
          <section class="section" aria-labelledby="data-title">
            <h2 id="data-title" class="section-title">
              {t.t(msg('options.data.title'))}
            </h2>
            <p class="muted">{t.t(msg('options.data.intro'))}</p>
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
