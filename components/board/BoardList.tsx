import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BoardRow } from '../../lib/board/rows';
import type { BoardView, SortKey } from '../../lib/board/view';
import { rowWindow } from '../../lib/board/window';
import { paymentPageUrl } from '../../lib/reader/page-kind';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { amountParts, cellTexts, progressWithPercent } from './cells';
import { rememberedListTop, rememberListTop } from './remembered-layout';
import { layoutFor } from './list-layout';
import { usePainted } from './use-painted';
import { CopyCodeIcon } from '../CopyCode';
import { COLUMN_LABELS as C, LIST_LABELS } from './labels';

/** board.css: `.list-scroll { max-height: calc(100vh - 120px); min-height: 240px }`, less its 1px borders. */
export const listHeightFor = (viewportHeight: number) => Math.max(240, viewportHeight - 120) - 2;

const SORTABLE = [
  ['account', C.account],
  ['name', C.item],
  ['state', C.state],
  ['amount', C.amount],
  ['progress', C.progress],
  ['deadline', C.deadline],
] as const satisfies readonly (readonly [SortKey, string])[];

export function BoardList({
  rows,
  view,
  onView,
  now,
  timeZone,
  selected,
  onSelect,
  onEdit,
}: {
  rows: readonly BoardRow[];
  view: BoardView;
  onView: (view: BoardView) => void;
  now: Date;
  timeZone: string;
  selected: string | null;
  onSelect: (key: string) => void;
  onEdit: (row: BoardRow) => void;
}) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  // The list's height from the window's, as the CSS sets it, rather than asked of the list: asking
  // would lay out the whole page, rows and timeline, before its first paint. The observer below reports
  // the true height after that layout, before the frame is painted, and redraws only if it differs.
  const [scroll, setScroll] = useState(() => ({ top: 0, height: listHeightFor(innerHeight) }));
  const [layout, setLayout] = useState(() => layoutFor(innerWidth));
  const { rowHeight, headHeight } = layout;
  // How much of the list the window shows, from its top edge down (at the page's top): the list sits
  // below the filters and the timeline, so most of its own view starts below the fold (4 of its 14
  // rows show at 1280 x 800). Where it starts is remembered for this window width, as asking would lay
  // the page out; the observer below reports where it truly starts, before the frame is painted, and
  // draws the rows the window shows then if the remembered top fell short of them.
  const [fold, setFold] = useState(() => {
    const top = rememberedListTop(innerWidth);
    return top === null ? Infinity : innerHeight - top;
  });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      const next = { top: el.scrollTop, height: el.clientHeight };
      setScroll((last) => (last.top === next.top && last.height === next.height ? last : next));
      // The list's width follows the window's (below the board's widest), so a window crossing a line reports here.
      setLayout(layoutFor(innerWidth));
      // Read after the layout that made this report, so it costs none.
      const top = el.getBoundingClientRect().top;
      rememberListTop(innerWidth, top + scrollY);
      setFold((last) => Math.max(last, innerHeight - top));
    };
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    return () => resize.disconnect();
  }, [rows.length === 0]);
  // Rows of a new height keep the same row at the list's top: the scroll offset is in pixels of the old.
  const drawnHeight = useRef(rowHeight);
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || drawnHeight.current === rowHeight) return;
    el.scrollTop = (el.scrollTop * rowHeight) / drawnHeight.current;
    drawnHeight.current = rowHeight;
    setScroll({ top: el.scrollTop, height: el.clientHeight });
  }, [rowHeight]);
  // A row picked on the timeline is brought into view and marked.
  useEffect(() => {
    if (!selected) return;
    const index = rows.findIndex((row) => row.key === selected);
    const el = scroller.current;
    if (index < 0 || !el) return;
    const top = index * rowHeight;
    if (top < el.scrollTop || top + rowHeight > el.scrollTop + el.clientHeight - headHeight) el.scrollTop = Math.max(0, top - rowHeight);
  }, [selected, rows]);

  // The first paint draws only the rows in the list's view that the window shows; the rest of that
  // view and the margin a scroll would bring follow once it is painted, rather than lengthening that
  // frame.
  const painted = usePainted();
  const win = painted
    ? rowWindow(rows.length, rowHeight, Math.max(0, scroll.top), scroll.height)
    : rowWindow(rows.length, rowHeight, Math.max(0, scroll.top), Math.max(0, Math.min(scroll.height, fold) - headHeight), 0);
  const sortBy = (key: SortKey) => onView({ ...view, sort: key, dir: view.sort === key && view.dir === 'asc' ? 'desc' : 'asc' });
  const ariaSort = (key: SortKey) => (view.sort === key ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined);

  if (rows.length === 0) {
    return (
      <p class="empty" data-testid="no-match">
        {t.t(msg('board.noMatch'))}
      </p>
    );
  }
  return (
    <div class="list-scroll" ref={scroller} data-testid="board-list" onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}>
      {/* A phone's card is the compact card in two columns (board.css): it takes both layouts' rules. */}
      <table class={`board-table ${layout.name === 'narrow' ? 'compact narrow' : layout.name}`} data-row-height={rowHeight} aria-rowcount={rows.length + 1} aria-label={t.t(msg(LIST_LABELS[view.sort]))}>
        <colgroup>
          <col class="c-account" />
          <col class="c-item" />
          <col class="c-state" />
          <col class="c-amount" />
          <col class="c-progress" />
          <col class="c-deadline" />
          <col class="c-step" />
          <col class="c-actions" />
        </colgroup>
        <thead class={layout.headHeight ? undefined : 'sr-only'}>
          <tr aria-rowindex={1}>
            {SORTABLE.map(([key, label]) => (
              <th key={key} scope="col" aria-sort={ariaSort(key)}>
                {/* Out of the tab order where the head is not shown: no focus the user cannot see. */}
                <button type="button" class="th-sort" data-sort={key} tabIndex={layout.headHeight ? undefined : -1} onClick={() => sortBy(key)}>
                  {t.t(msg(label))}
                  <span aria-hidden="true" class="sort-mark">
                    {view.sort === key ? (view.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">{t.t(msg(C.nextStep))}</th>
            <th scope="col">
              <span class="sr-only">{t.t(msg(C.actions))}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {win.padTop > 0 && (
            <tr aria-hidden="true" class="spacer">
              <td colSpan={8} style={{ height: `${win.padTop}px` }} />
            </tr>
          )}
          {rows.slice(win.first, win.last).map((row, i) => (
            <Row key={row.key} row={row} index={win.first + i} now={now} timeZone={timeZone} selected={row.key === selected} onSelect={onSelect} onEdit={onEdit} />
          ))}
          {win.padBottom > 0 && (
            <tr aria-hidden="true" class="spacer">
              <td colSpan={8} style={{ height: `${win.padBottom}px` }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function Row({
  row,
  index,
  now,
  timeZone,
  selected,
  onSelect,
  onEdit,
}: {
  row: BoardRow;
  index: number;
  now: Date;
  timeZone: string;
  selected: boolean;
  onSelect: (key: string) => void;
  onEdit: (row: BoardRow) => void;
}) {
  const t = useT();
  const cells = cellTexts(row, now, timeZone, t);
  const payment = paymentPageUrl(row.accountId);
  const item = (
    <span class={`cell-main${row.kind === 'code' ? ' mono' : ''}`} dir="auto" title={cells.item}>
      {cells.item}
    </span>
  );
  return (
    <tr
      aria-rowindex={index + 2}
      data-testid="board-row"
      data-key={row.key}
      data-state={row.state}
      data-deadline={row.deadline ? row.deadline.at.getTime() : ''}
      data-amount={row.amount ?? ''}
      class={`${selected ? 'selected' : ''}${row.ended ? ' ended' : ''}`}
      // A click on the row marks its bar on the timeline, which scrolls the timeline to it; a click on
      // one of its controls (copy, open, edit) does only that control's job.
      onClick={(e) => (e.target as Element).closest('button, a') || onSelect(row.key)}
    >
      {/* The user's names take their own direction (dir="auto"), so a long one is cut at its end, not its start, in a right-to-left board. */}
      <td data-col="account">
        {/* The name whole on hover, where the column ends it with an ellipsis. */}
        <span class="cell-main" dir="auto" title={cells.account}>
          {cells.account}
        </span>
        {/* Where the column is narrower than its 19 digits, the id keeps its end: accounts opened about the same time share their first digits. */}
        <span class="cell-sub mono account-id" dir="rtl" title={cells.accountId}>
          {cells.accountId}
        </span>
      </td>
      <td data-col="item">
        {row.enterable ? (
          <span class="code-title">
            {item}
            <CopyCodeIcon code={row.name} />
          </span>
        ) : (
          item
        )}
        <span class="cell-sub">
          <span aria-hidden="true" class={`kind-mark kind-${row.kind}`} />
          {cells.kind}
        </span>
      </td>
      <td data-col="state">
        <span class={`state-chip st-${row.state}`}>{cells.state}</span>
      </td>
      <td data-col="amount">{amountParts(cells.amount).flatMap((part, i) => (i > 0 ? [<wbr key={i} />, part] : [part]))}</td>
      <td data-col="progress">
        {cells.progressPercent === null ? (
          cells.progress
        ) : (
          <>
            <span class="progress-line">
              <progress
                max={100}
                value={cells.progressPercent}
                aria-label={t.t(msg('board.progressLabel', { name: cells.item }))}
                aria-valuetext={progressWithPercent(cells, t)}
              />
              <span aria-hidden="true">{cells.progressPercent}%</span>
            </span>
            <span class="cell-sub">{cells.progress}</span>
          </>
        )}
      </td>
      <td data-col="deadline">
        <span class={`cell-main countdown${cells.deadlineTone ? ` tone-${cells.deadlineTone}` : ''}`}>{cells.deadline}</span>
        <span class="cell-sub">{cells.deadlineDate}</span>
      </td>
      <td data-col="step">
        <span class="cell-step" title={cells.nextStep}>
          {cells.nextStep}
        </span>
      </td>
      <td data-col="actions">
        {payment && (
          <a class="row-action" href={payment} target="_blank" rel="noopener noreferrer" aria-label={t.t(msg('board.openPaymentLabel', { account: cells.account }))}>
            {t.t(msg('board.openPayment'))}
          </a>
        )}
        <button type="button" class="link row-action" data-testid="edit" aria-label={t.t(row.kind === 'code' ? msg('board.editCode', { code: cells.item }) : msg('board.editOffer', { name: cells.item }))} onClick={() => onEdit(row)}>
          {t.t(msg('common.edit'))}
        </button>
      </td>
    </tr>
  );
}
