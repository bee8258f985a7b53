import { useEffect, useMemo, useState } from 'preact/hooks';
import { boardRows, type BoardRow } from '../../lib/board/rows';
import { applyView } from '../../lib/board/view';
import { systemTimeZone } from '../../lib/credit/calendar';
import { BrandHeading } from '../BrandHeading';
import { localDay } from '../../lib/iso-day';
import { downloadText } from '../popup/download';
import type { NotesServices } from '../popup/services';
import { loadBoardTranslator } from '../../lib/i18n/board-translator';
import { msg } from '../../lib/i18n/message';
import { TranslatorProvider, usePageWords, useT } from '../i18n/i18n';
import { StorageNotice } from '../popup/StorageNotice';
import { useNotes } from '../popup/use-notes';
import { BoardList } from './BoardList';
import { boardCsv } from './cells';
import { EditDialog, type DialogTarget } from './EditDialog';
import { Filters, NEEDS_ACTION } from './Filters';
import { boardServices } from './services';
import { Timeline } from './Timeline';
import { useUrlView } from './use-url-view';
import { PageStatus } from '../PageStatus';

/**
 * How long the board shows nothing while its notes are on their way. They usually take some 20 ms,
 * and drawing "Loading" for a frame then cost the first rows about 10 ms (bench/board-ab.ts, issue 13)
 * and told nobody anything; a background that was asleep takes longer, and then the board says so.
 */
export const LOADING_SHOWN_AFTER_MS = 200;

/** The board speaks the Language setting's choice, or the browser's language on "automatic"; a change shows at once. */
export function Board({ services = boardServices }: { services?: NotesServices }) {
  const notes = useNotes(services);
  // Looked up once: asking Intl for the zone costs more than a row.
  const timeZone = useMemo(() => systemTimeZone(), []);
  const translator = usePageWords(notes.loaded?.settings.language, timeZone, loadBoardTranslator);
  const [now, setNow] = useState(() => services.now());
  useEffect(() => {
    // Countdowns stay true on a board left open all day.
    const tick = setInterval(() => setNow(services.now()), 60_000);
    return () => clearInterval(tick);
  }, [services]);
  // Worked out as soon as the notes are in, while the words may still be loading: they need no words.
  const rows = useMemo(() => (notes.loaded ? boardRows(notes.loaded.notes, notes.loaded.observations, now, timeZone) : []), [notes.loaded, now, timeZone]);
  const waiting = !notes.loaded && !notes.error;
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => setSlow(true), LOADING_SHOWN_AFTER_MS);
    return () => clearTimeout(timer);
  }, [waiting]);
  if (!translator || (waiting && !slow)) return null;
  return (
    <TranslatorProvider translator={translator}>
      <BoardView services={services} timeZone={timeZone} now={now} rows={rows} {...notes} />
    </TranslatorProvider>
  );
}

/** Every account's offers and codes in one view: the timeline above, the list below. Reads only; edits go to the background's writer. */
function BoardView({
  services,
  timeZone,
  now,
  rows,
  loaded,
  error,
}: { services: NotesServices; timeZone: string; now: Date; rows: readonly BoardRow[] } & ReturnType<typeof useNotes>) {
  const t = useT();
  const [view, setView] = useUrlView();
  const [selected, setSelected] = useState<string | null>(null);
  const [editing, setEditing] = useState<DialogTarget | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const shown = useMemo(() => applyView(rows, view), [rows, view]);
  const accounts = loaded?.notes.accounts ?? [];
  const soon = shown.filter((row) => row.dueSoon).length;
  const actions = shown.filter((row) => NEEDS_ACTION.includes(row.state)).length;

  const exportCsv = () => {
    downloadText(`credit-lens-board-${localDay(now)}.csv`, boardCsv(shown, now, timeZone, t), 'text/csv;charset=utf-8');
    setAnnouncement(t.t(msg('board.exported', { count: shown.length })));
  };
  const accountCount = { msg: msg('board.accounts', { count: new Set(rows.map((r) => r.accountId)).size }) };
  // A notebook with no offers or codes yet: the board says so, with no counts of nothing and no filters over nothing.
  const empty = loaded !== null && rows.length === 0;
  // A new item starts on the account the board is filtered to, if one; the dialog lets the user choose.
  const add = (kind: BoardRow['kind']) => setEditing({ type: 'add', kind, filtered: view.accounts });

  return (
    <div class="board" data-testid="board" data-ready={loaded ? 'true' : undefined} lang={t.locale} dir={t.dir}>
      <header class="board-top">
        <BrandHeading>{t.t(msg('board.heading'))}</BrandHeading>
        {loaded && !empty && (
          <p class="board-summary" data-testid="board-summary">
            <span data-testid="shown-count" data-count={shown.length}>
              {shown.length === rows.length
                ? t.t(msg('board.summary', { count: rows.length, accounts: accountCount }))
                : t.t(msg('board.summaryFiltered', { shown: shown.length, count: rows.length, accounts: accountCount }))}
            </span>
            <span class="pill pill-action">{t.t(msg('board.needsAction', { count: actions }))}</span>
            <span class="pill" data-testid="due-count" data-count={soon}>
              {t.t(msg('board.dueThisWeek', { count: soon }))}
            </span>
          </p>
        )}
        {/* Kept together where the header wraps. New items need an account to go on, which comes first
            in a new notebook; an empty notebook has nothing to export, and while the notes load Export
            holds its place, disabled. */}
        <span class="actions">
          {loaded && (
            <button type="button" data-testid="add-account" onClick={() => setEditing({ type: 'account' })}>
              {t.t(msg('popup.addAccount'))}
            </button>
          )}
          {accounts.length > 0 && (
            <>
              <button type="button" onClick={() => add('offer')}>
                {t.t(msg('popup.addOffer'))}
              </button>
              <button type="button" onClick={() => add('code')}>
                {t.t(msg('popup.addCode'))}
              </button>
            </>
          )}
          {!empty && (
            <button type="button" class="primary" data-testid="export-csv" disabled={!loaded || shown.length === 0} onClick={exportCsv}>
              {t.t(msg('board.exportCsv'))}
            </button>
          )}
        </span>
      </header>
      <PageStatus announcement={announcement} alert={error && t.t(msg('board.loadFailed', { reason: error }))} />
      {!loaded && !error && <p class="muted loading">{t.t(msg('board.loading'))}</p>}
      {(loaded || !error) && (
        <main class="board-main">
          {loaded && (loaded.quarantined.length > 0 || loaded.storageWarning) && <StorageNotice loaded={loaded} now={services.now} />}
          {loaded && !empty && <Filters view={view} onView={setView} accounts={accounts} rows={rows} />}
          {empty ? (
            <p class="empty" data-testid="board-empty">
              {t.t(accounts.length > 0 ? msg('board.emptyAdd') : msg('board.empty'))}
            </p>
          ) : (
            <>
              {/* Mounted, unseen, while slow notes load: it measures its width then, so its first render with rows is final. */}
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
                  onEdit={(row) => setEditing({ type: 'edit', row })}
                />
              )}
            </>
          )}
          {editing && loaded && (
            <EditDialog
              target={editing}
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
