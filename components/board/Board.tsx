import { useEffect, useMemo, useState } from 'preact/hooks';
import { boardRows, type BoardRow } from '../../lib/board/rows';
import { applyView } from '../../lib/board/view';
import { systemTimeZone } from '../../lib/credit/calendar';
import { BrandHeading } from '../BrandHeading';
import { downloadText, fileStamp } from '../popup/download';
import { notesServices, type NotesServices } from '../popup/services';
import { StorageNotice } from '../popup/StorageNotice';
import { useNotes } from '../popup/use-notes';
import { BoardList } from './BoardList';
import { boardCsv } from './cells';
import { EditDialog } from './EditDialog';
import { Filters, NEEDS_ACTION } from './Filters';
import { BOARD_STRINGS as S } from './strings';
import { Timeline } from './Timeline';
import { useUrlView } from './use-url-view';

const WEEK_MS = 7 * 86_400_000;

/** Every account's offers and codes in one view: the timeline above, the list below. Reads only; edits go to the background's writer. */
export function Board({ services = notesServices }: { services?: NotesServices }) {
  const { loaded, error } = useNotes(services);
  const [view, setView] = useUrlView();
  const [now, setNow] = useState(() => services.now());
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<BoardRow | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Looked up once: asking Intl for the zone costs more than a row.
  const timeZone = useMemo(() => systemTimeZone(), []);

  useEffect(() => {
    // Countdowns stay true on a board left open all day.
    const tick = setInterval(() => setNow(services.now()), 60_000);
    return () => clearInterval(tick);
  }, [services]);

  const rows = useMemo(() => (loaded ? boardRows(loaded.notes, loaded.observations, now, timeZone) : []), [loaded, now, timeZone]);
  const shown = useMemo(() => applyView(rows, view), [rows, view]);
  const accounts = loaded?.notes.accounts ?? [];
  const soon = shown.filter((row) => !row.ended && row.deadline && !row.deadline.overdue && row.deadline.at.getTime() - now.getTime() <= WEEK_MS).length;
  const actions = shown.filter((row) => NEEDS_ACTION.includes(row.state)).length;

  const exportCsv = () => {
    downloadText(S.csvFileName(fileStamp(now)), boardCsv(shown, now, timeZone), 'text/csv;charset=utf-8');
    setAnnouncement(S.exported(shown.length));
  };

  return (
    <div class="board" data-testid="board" data-ready={loaded ? 'true' : undefined}>
      <header class="board-top">
        <BrandHeading>{S.heading}</BrandHeading>
        {loaded && (
          <p class="board-summary" data-testid="board-summary">
            <span data-testid="shown-count" data-count={shown.length}>
              {S.summary(shown.length, rows.length, new Set(rows.map((r) => r.accountId)).size)}
            </span>
            <span class="pill pill-action">{S.needsAction(actions)}</span>
            <span class="pill">{S.dueThisWeek(soon)}</span>
          </p>
        )}
        <button type="button" class="primary" data-testid="export-csv" disabled={!loaded || shown.length === 0} onClick={exportCsv}>
          {S.exportCsv}
        </button>
      </header>
      <p class="sr-only" role="status" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
      {error && (
        <p class="notice warn" role="alert">
          {S.loadFailed(error)}
        </p>
      )}
      {!loaded && !error && <p class="muted loading">{S.loading}</p>}
      {(loaded || !error) && (
        <main class="board-main">
          {loaded && <StorageNotice loaded={loaded} now={services.now} />}
          {loaded && <Filters view={view} onView={setView} accounts={accounts} rows={rows} />}
          {loaded && rows.length === 0 ? (
            <p class="empty" data-testid="board-empty">
              {S.empty}
            </p>
          ) : (
            <>
              {/* Mounted, unseen, while the notes load: it measures its width then, so its first render with rows is final. */}
              <Timeline
                waiting={!loaded}
                rows={shown}
                now={now}
                timeZone={timeZone}
                perItem={view.accounts.length === 1}
                horizon={view.horizon}
                onHorizon={(horizon) => setView({ ...view, horizon })}
                selected={selected}
                onPick={(key) => setSelected(key)}
              />
              {loaded && (
                <BoardList
                  rows={shown}
                  view={view}
                  onView={setView}
                  now={now}
                  timeZone={timeZone}
                  selected={selected}
                  onSelect={setSelected}
                  onEdit={setEditing}
                />
              )}
            </>
          )}
          {editing && loaded && (
            <EditDialog
              row={editing}
              loaded={loaded}
              services={services}
              onClose={(said) => {
                setEditing(null);
                if (said) setAnnouncement(said);
              }}
            />
          )}
        </main>
      )}
    </div>
  );
}
