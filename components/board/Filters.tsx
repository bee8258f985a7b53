import { useState } from 'preact/hooks';
import type { BoardRow, BoardState, ItemKind } from '../../lib/board/rows';
import { BOARD_STATES, ITEM_KINDS } from '../../lib/board/rows';
import { DEFAULT_VIEW, SORT_KEYS, type BoardView, type SortKey } from '../../lib/board/view';
import { compareText } from '../../lib/compare-text';
import { msg } from '../../lib/i18n/message';
import type { Account } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { COLUMN_LABELS, KIND_LABELS, SORT_LABELS, STATE_LABELS } from './labels';
import { usePainted } from './use-painted';

/** What needs the user now: the "Needs action" preset. */
export const NEEDS_ACTION: readonly BoardState[] = ['overdue', 'window-closed', 'pending', 'expiring', 'to-activate'];
const ALL = '';
const SEVERAL = '*';

/** How many of the longest labels a select gets before the rest: were its widest option missing, it would widen a frame after the first paint. */
const WIDEST_FEW = 3;

/**
 * A select's options before the rest come: the chosen ones, which it shows, and the few with the
 * longest labels, as a select is as wide as its widest option (the widest by pixels is nearly always
 * among the longest by letters; the account filter's width is also capped by the CSS, which long names
 * reach: the agency notebook's 8 and 100 accounts both give 260 px, before and after).
 */
function firstOptions<T extends string>(values: readonly T[], chosen: readonly T[], labelOf: (value: T) => string): T[] {
  const widest = new Set(
    values
      .map((v) => [v, labelOf(v).length] as const)
      .sort((a, b) => b[1] - a[1])
      .slice(0, WIDEST_FEW)
      .map(([v]) => v),
  );
  return values.filter((v) => widest.has(v) || chosen.includes(v));
}

/** A single choice in the UI; the URL may hold several (a bookmark), which shows as "n chosen" until changed. */
function Choice<T extends string>({
  id,
  label,
  values,
  chosen,
  labelOf,
  onChoose,
  testId,
  deferOptions = false,
}: {
  id: string;
  label: string;
  values: readonly T[];
  chosen: readonly T[];
  labelOf: (value: T) => string;
  onChoose: (values: T[]) => void;
  testId: string;
  deferOptions?: boolean;
}) {
  const t = useT();
  const value = chosen.length === 0 ? ALL : chosen.length === 1 ? chosen[0]! : SEVERAL;
  // A closed select shows only its chosen option, yet each option costs the first paint an element
  // and a text to measure (the account filter has one per account): with `deferOptions`, the rest are
  // put in once that frame is painted, or at once when the select is focused or pressed before then,
  // so it never opens or answers a key short of them. A select that holds none back neither waits for
  // the paint nor renders again after it.
  const painted = usePainted(deferOptions);
  const [filled, setFilled] = useState(!deferOptions);
  const listed = filled || painted;
  const fill = () => setFilled(true);
  const options = listed ? values : firstOptions(values, chosen, labelOf);
  return (
    <div class="filter">
      <label for={id}>{label}</label>
      {/* The title shows a chosen entry whole where the select cuts it (an account's name and 19-digit id). */}
      <select id={id} data-testid={testId} value={value} title={chosen.length === 1 ? labelOf(chosen[0]!) : undefined} onFocus={fill} onPointerDown={fill} onChange={(e) => {
        const next = e.currentTarget.value;
        if (next !== SEVERAL) onChoose(next === ALL ? [] : [next as T]);
      }}>
        <option value={ALL}>{t.t(msg('board.all'))}</option>
        {chosen.length > 1 && (
          <option value={SEVERAL} disabled>
            {t.t(msg('board.several', { count: chosen.length }))}
          </option>
        )}
        {options.map((v) => (
          <option key={v} value={v}>
            {labelOf(v)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Filters({ view, onView, accounts, rows }: { view: BoardView; onView: (view: BoardView) => void; accounts: readonly Account[]; rows: readonly BoardRow[] }) {
  const t = useT();
  const set = (patch: Partial<BoardView>) => onView({ ...view, ...patch });
  // Accounts named in items but missing from the account list still get a choice.
  const names = new Map<string, string>(accounts.map((a) => [a.id, a.name ? `${a.name} (${a.id})` : a.id]));
  for (const row of rows) if (!names.has(row.accountId)) names.set(row.accountId, row.accountId);
  const accountIds = [...names.keys()].sort((a, b) => compareText(names.get(a)!, names.get(b)!));
  const needsAction = view.states.length === NEEDS_ACTION.length && NEEDS_ACTION.every((s) => view.states.includes(s));
  const chosen = [view.accounts, view.kinds, view.states].filter((values) => values.length > 0).length;
  const filtered = chosen > 0 || view.due || view.q !== '';
  // On a phone the choices fold under one button, so the first screen reaches the timeline (they took
  // 344 px of a 360 px phone's 800); a bookmark's choices start unfolded, to show what they hide.
  const [open, setOpen] = useState(chosen > 0);

  return (
    <section class={open ? 'filters open' : 'filters'} aria-label={t.t(msg('board.filters'))}>
      <div class="filter filter-search">
        <label for="board-search">{t.t(msg('board.search'))}</label>
        <input
          id="board-search"
          type="search"
          data-testid="search"
          placeholder={t.t(msg('board.searchPlaceholder'))}
          value={view.q}
          autoComplete="off"
          onInput={(e) => set({ q: e.currentTarget.value })}
        />
      </div>
      <button type="button" class="filters-toggle" data-testid="filters-toggle" aria-expanded={open} aria-controls="board-choices" onClick={() => setOpen(!open)}>
        {t.t(msg('board.filters'))}
        {/* The space keeps the count a word of its own in the button's name: "Filters 2". */}
        {chosen > 0 && <> <span class="pill">{t.value(chosen)}</span></>}
      </button>
      <div id="board-choices" class="filter-choices">
        <Choice id="board-account" testId="filter-account" deferOptions label={t.t(msg(COLUMN_LABELS.account))} values={accountIds} chosen={view.accounts} labelOf={(id) => names.get(id)!} onChoose={(accounts) => set({ accounts })} />
        <Choice<ItemKind> id="board-kind" testId="filter-kind" label={t.t(msg(COLUMN_LABELS.kind))} values={ITEM_KINDS} chosen={view.kinds} labelOf={(k) => t.t(msg(KIND_LABELS[k]))} onChoose={(kinds) => set({ kinds })} />
        <Choice<BoardState> id="board-state" testId="filter-state" label={t.t(msg(COLUMN_LABELS.state))} values={BOARD_STATES} chosen={view.states} labelOf={(s) => t.t(msg(STATE_LABELS[s]))} onChoose={(states) => set({ states })} />
        <div class="filter">
          <label for="board-sort">{t.t(msg('board.sortBy'))}</label>
          <div class="sort-pair">
            <select id="board-sort" data-testid="sort" value={view.sort} onChange={(e) => set({ sort: e.currentTarget.value as SortKey })}>
              {SORT_KEYS.map((key) => (
                <option key={key} value={key}>
                  {t.t(msg(SORT_LABELS[key]))}
                </option>
              ))}
            </select>
            <button type="button" data-testid="sort-dir" aria-label={t.t(msg(view.dir === 'asc' ? 'board.sortAscending' : 'board.sortDescending'))} onClick={() => set({ dir: view.dir === 'asc' ? 'desc' : 'asc' })}>
              <span aria-hidden="true">{view.dir === 'asc' ? '↑' : '↓'}</span>
            </button>
          </div>
        </div>
      </div>
      <div class="filter-buttons">
        <button type="button" aria-pressed={needsAction} data-testid="needs-action" onClick={() => set({ states: needsAction ? [] : [...NEEDS_ACTION] })}>
          {t.t(msg('board.needsActionPreset'))}
        </button>
        <button type="button" aria-pressed={view.due} data-testid="due-soon" onClick={() => set({ due: !view.due })}>
          {t.t(msg('board.dueSoonPreset'))}
        </button>
        {filtered && (
          <button type="button" class="quiet" data-testid="clear-filters" onClick={() => onView({ ...DEFAULT_VIEW, sort: view.sort, dir: view.dir })}>
            {t.t(msg('board.clearFilters'))}
          </button>
        )}
      </div>
    </section>
  );
}
