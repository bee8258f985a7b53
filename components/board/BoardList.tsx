import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { BoardRow } from '../../lib/board/rows';
import type { BoardView, SortKey } from '../../lib/board/view';
import { rowWindow } from '../../lib/board/window';
import { paymentPageUrl } from '../../lib/hints/links';
import { useT } from '../i18n/i18n';
import { cellTexts } from './cells';
import { COLUMN_LABELS as C, SORT_LABELS, BOARD_STRINGS as S } from './strings';

/** Every row is this tall (CSS keeps it so), which is what lets the list draw only the rows in view. */
export const ROW_HEIGHT = 52;
const HEAD_HEIGHT = 36;

const SORTABLE: readonly [SortKey, string][] = [
  ['account', C.account],
  ['name', C.item],
  ['state', C.state],
  ['amount', C.amount],
  ['progress', C.progress],
  ['deadline', C.deadline],
];

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
  const scroller = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    return () => resize.disconnect();
  }, [rows.length === 0]);
  // A row picked on the timeline is brought into view and marked.
  useEffect(() => {
    if (!selected) return;
    const index = rows.findIndex((row) => row.key === selected);
    const el = scroller.current;
    if (index < 0 || !el) return;
    const top = index * ROW_HEIGHT;
    if (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + el.clientHeight - HEAD_HEIGHT) el.scrollTop = Math.max(0, top - ROW_HEIGHT);
  }, [selected, rows]);

  const win = rowWindow(rows.length, ROW_HEIGHT, Math.max(0, scroll.top), scroll.height);
  const sortBy = (key: SortKey) => onView({ ...view, sort: key, dir: view.sort === key && view.dir === 'asc' ? 'desc' : 'asc' });
  const ariaSort = (key: SortKey) => (view.sort === key ? (view.dir === 'asc' ? 'ascending' : 'descending') : undefined);

  if (rows.length === 0) {
    return (
      <p class="empty" data-testid="no-match">
        {S.noMatch}
      </p>
    );
  }
  return (
    <div class="list-scroll" ref={scroller} data-testid="board-list" onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}>
      <table class="board-table" aria-rowcount={rows.length + 1} aria-label={view.sort === 'urgency' ? S.listLabel : S.listLabelSorted(SORT_LABELS[view.sort])}>
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
        <thead>
          <tr aria-rowindex={1}>
            {SORTABLE.map(([key, label]) => (
              <th key={key} scope="col" aria-sort={ariaSort(key)}>
                <button type="button" class="th-sort" data-sort={key} onClick={() => sortBy(key)}>
                  {label}
                  <span aria-hidden="true" class="sort-mark">
                    {view.sort === key ? (view.dir === 'asc' ? ' ▲' : ' ▼') : ''}
                  </span>
                </button>
              </th>
            ))}
            <th scope="col">{C.nextStep}</th>
            <th scope="col">
              <span class="sr-only">{C.actions}</span>
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
  const t = cellTexts(row, now, timeZone, useT());
  const payment = paymentPageUrl(row.accountId);
  return (
    <tr
      aria-rowindex={index + 2}
      data-testid="board-row"
      data-key={row.key}
      data-state={row.state}
      data-deadline={row.deadline ? row.deadline.at.getTime() : ''}
      data-amount={row.amount ?? ''}
      class={`${selected ? 'selected' : ''}${row.ended ? ' ended' : ''}`}
      onClick={() => onSelect(row.key)}
    >
      <td data-col="account">
        <span class="cell-main">{t.account}</span>
        <span class="cell-sub mono">{t.accountId}</span>
      </td>
      <td data-col="item">
        <span class={`cell-main${row.kind === 'code' ? ' mono' : ''}`}>{t.item}</span>
        <span class="cell-sub">
          <span aria-hidden="true" class={`kind-mark kind-${row.kind}`} />
          {t.kind}
        </span>
      </td>
      <td data-col="state">
        <span class={`state-chip st-${row.state}`}>{t.state}</span>
      </td>
      <td data-col="amount">{t.amount}</td>
      <td data-col="progress">
        {t.progressPercent === null ? (
          t.progress
        ) : (
          <>
            <span class="progress-line">
              <progress max={100} value={t.progressPercent} aria-label={`${C.progress}: ${t.item}`} aria-valuetext={`${t.progress} (${t.progressPercent}%)`} />
              <span aria-hidden="true">{t.progressPercent}%</span>
            </span>
            <span class="cell-sub">{t.progress}</span>
          </>
        )}
      </td>
      <td data-col="deadline">
        <span class={`cell-main countdown${t.deadlineTone ? ` tone-${t.deadlineTone}` : ''}`}>{t.deadline}</span>
        <span class="cell-sub">{t.deadlineDate}</span>
      </td>
      <td data-col="step">{t.nextStep}</td>
      <td data-col="actions">
        {payment && (
          <a class="row-action" href={payment} target="_blank" rel="noopener noreferrer" aria-label={S.openPaymentLabel(t.account)}>
            {S.openPayment}
          </a>
        )}
        <button type="button" class="quiet row-action" data-testid="edit" aria-label={S.editLabel(`${t.kind} ${t.item}`)} onClick={() => onEdit(row)}>
          {S.edit}
        </button>
      </td>
    </tr>
  );
}
