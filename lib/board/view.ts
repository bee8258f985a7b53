/**
 * What the board shows: sort, filters and search, kept in the page's URL so a board can be bookmarked
 * and shared between windows. Parsing never throws: an unknown or hand-edited value falls back to the
 * default, so a stale bookmark still opens a board.
 */
import { compareText } from '../compare-text';
import { asciiDigits, normaliseCode } from '../hints/codes';
import { BOARD_STATES, DUE_SOON_DAYS, ITEM_KINDS, type BoardRow, type BoardState, type ItemKind } from './rows';
import { ADVERTISER_ID } from '../reader/value-shapes';

export const SORT_KEYS = ['urgency', 'deadline', 'account', 'name', 'amount', 'progress', 'state'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
/** How far ahead the timeline looks, in days. */
export const HORIZONS = [30, 60, 90, 180] as const;
export type Horizon = (typeof HORIZONS)[number];

export interface BoardView {
  sort: SortKey;
  dir: SortDir;
  /** Empty: every account (likewise kinds and states). */
  accounts: string[];
  kinds: ItemKind[];
  states: BoardState[];
  /** Only what is due soon (BoardRow's `dueSoon`): "which credits expire this week, on any account". */
  due: boolean;
  q: string;
  horizon: Horizon;
}

export const DEFAULT_VIEW: BoardView = Object.freeze({ sort: 'urgency', dir: 'asc', accounts: [], kinds: [], states: [], due: false, q: '', horizon: 60 }) as BoardView;

const MAX_QUERY = 200;

const list = (params: URLSearchParams, name: string): string[] =>
  (params.get(name) ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
const oneOf = <T extends string>(allowed: readonly T[], value: string | null, fallback: T): T =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
const uniqueIn = <T extends string>(allowed: readonly T[], values: string[]): T[] =>
  allowed.filter((value) => values.includes(value));

export function parseView(search: string): BoardView {
  const params = new URLSearchParams(search);
  return {
    sort: oneOf(SORT_KEYS, params.get('sort'), DEFAULT_VIEW.sort),
    dir: oneOf(['asc', 'desc'] as const, params.get('dir'), DEFAULT_VIEW.dir),
    accounts: [...new Set(list(params, 'account').filter((id) => ADVERTISER_ID.test(id)))],
    kinds: uniqueIn(ITEM_KINDS, list(params, 'kind')),
    states: uniqueIn(BOARD_STATES, list(params, 'state')),
    due: params.get('due') === String(DUE_SOON_DAYS),
    q: (params.get('q') ?? '').slice(0, MAX_QUERY),
    horizon: HORIZONS.find((days) => String(days) === params.get('days')) ?? DEFAULT_VIEW.horizon,
  };
}

/** `?sort=deadline&state=pending,overdue`: defaults left out, so the plain page stays `board.html`. */
export function formatView(view: BoardView): string {
  const params = new URLSearchParams();
  if (view.sort !== DEFAULT_VIEW.sort) params.set('sort', view.sort);
  if (view.dir !== DEFAULT_VIEW.dir) params.set('dir', view.dir);
  if (view.accounts.length) params.set('account', view.accounts.join(','));
  if (view.kinds.length) params.set('kind', uniqueIn(ITEM_KINDS, view.kinds).join(','));
  if (view.states.length) params.set('state', uniqueIn(BOARD_STATES, view.states).join(','));
  // The days in the address: a bookmark says what it shows, and a later change of the span cannot
  // quietly change what an old bookmark lists.
  if (view.due) params.set('due', String(DUE_SOON_DAYS));
  if (view.q.trim()) params.set('q', view.q.trim());
  if (view.horizon !== DEFAULT_VIEW.horizon) params.set('days', String(view.horizon));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/**
 * Case, spaces and look of a code do not count: "spring ads" finds SPRING-ADS-100's account name,
 * "spring-ads" its code; nor how a keyboard types digits: "٧٢٣٤" finds an account ID with 7234.
 * `normaliseCode` already folds compatibility forms (NFKC: fullwidth "７２３４") and the marks a paste
 * carries unseen; `asciiDigits` takes the digits NFKC leaves alone (what `foldTyped` adds, once).
 */
const fold = (text: string) => asciiDigits(normaliseCode(text)).toLowerCase();

/** Whether a row matches a query, the query's words split and folded once for all the rows. */
function matcherFor(query: string): ((row: BoardRow) => boolean) | null {
  const words = query.split(/\s+/).map(fold).filter(Boolean);
  if (words.length === 0) return null;
  return (row) => {
    const haystack = fold(`${row.name} ${row.accountName ?? ''} ${row.accountId}`);
    return words.every((word) => haystack.includes(word));
  };
}

export function matchesQuery(row: BoardRow, query: string): boolean {
  return matcherFor(query)?.(row) ?? true;
}

const STATE_RANK = new Map(BOARD_STATES.map((state, i) => [state, i]));
const accountOf = (row: BoardRow) => row.accountName ?? row.accountId;
/** Missing values sort last in either direction. */
const nullsLast = <T>(a: T | null, b: T | null, cmp: (a: T, b: T) => number, sign: number) =>
  a === null && b === null ? 0 : a === null ? 1 : b === null ? -1 : sign * cmp(a, b);
const amountOf = (row: BoardRow) => (row.amount === null ? null : Number(row.amount));
const deadlineOf = (row: BoardRow) => (row.deadline ? row.deadline.at.getTime() : null);
const minus = (x: number, y: number) => x - y;

/**
 * What needs the user soonest first: finished items last; then by the next deadline (a missed one is
 * the earliest, so it comes first); items without a deadline after those with one; then state.
 */
function byUrgency(a: BoardRow, b: BoardRow): number {
  return Number(a.ended) - Number(b.ended) || nullsLast(deadlineOf(a), deadlineOf(b), minus, 1) || STATE_RANK.get(a.state)! - STATE_RANK.get(b.state)!;
}

const COMPARE: Record<SortKey, (a: BoardRow, b: BoardRow, sign: number) => number> = {
  urgency: (a, b, sign) => sign * byUrgency(a, b),
  deadline: (a, b, sign) => nullsLast(deadlineOf(a), deadlineOf(b), minus, sign),
  account: (a, b, sign) => sign * compareText(accountOf(a), accountOf(b)),
  name: (a, b, sign) => sign * compareText(a.name, b.name),
  amount: (a, b, sign) => nullsLast(amountOf(a), amountOf(b), minus, sign),
  progress: (a, b, sign) => nullsLast(a.progress?.ratio ?? null, b.progress?.ratio ?? null, minus, sign),
  state: (a, b, sign) => sign * (STATE_RANK.get(a.state)! - STATE_RANK.get(b.state)!),
};

/** The view's order of two rows. Ties fall back to urgency, then account and name: a stable, readable order. */
export function compareRows(a: BoardRow, b: BoardRow, view: Pick<BoardView, 'sort' | 'dir'>): number {
  return COMPARE[view.sort](a, b, view.dir === 'desc' ? -1 : 1) || byUrgency(a, b) || compareText(accountOf(a), accountOf(b)) || compareText(a.name, b.name) || compareText(a.key, b.key);
}

/** A row with what the sort compares worked out once, not once per comparison (some 10,000 for 1,000 rows). */
interface Keyed {
  row: BoardRow;
  ended: number;
  deadline: number | null;
  state: number;
  /** The account's place among the accounts' names in collation order: equal names share one. */
  account: number;
  amount: number | null;
  progress: number | null;
}

/** Each text's place in collation order, texts the collator holds equal sharing one. */
function collationRanks(texts: Iterable<string>): Map<string, number> {
  const sorted = [...new Set(texts)].sort(compareText);
  const ranks = new Map<string, number>();
  let rank = 0;
  sorted.forEach((value, i) => {
    if (i > 0 && compareText(sorted[i - 1]!, value) !== 0) rank++;
    ranks.set(value, rank);
  });
  return ranks;
}

const urgencyOf = (a: Keyed, b: Keyed) => a.ended - b.ended || nullsLast(a.deadline, b.deadline, minus, 1) || a.state - b.state;

const KEYED_COMPARE: Record<SortKey, (a: Keyed, b: Keyed, sign: number) => number> = {
  urgency: (a, b, sign) => sign * urgencyOf(a, b),
  deadline: (a, b, sign) => nullsLast(a.deadline, b.deadline, minus, sign),
  account: (a, b, sign) => sign * (a.account - b.account),
  name: (a, b, sign) => sign * compareText(a.row.name, b.row.name),
  amount: (a, b, sign) => nullsLast(a.amount, b.amount, minus, sign),
  progress: (a, b, sign) => nullsLast(a.progress, b.progress, minus, sign),
  state: (a, b, sign) => sign * (a.state - b.state),
};

/** The rows the view shows, in its order (`compareRows`). */
export function applyView(rows: readonly BoardRow[], view: BoardView): BoardRow[] {
  const accounts = new Set(view.accounts);
  const kinds = new Set(view.kinds);
  const states = new Set(view.states);
  const matches = matcherFor(view.q);
  const shown = rows.filter(
    (row) =>
      (accounts.size === 0 || accounts.has(row.accountId)) &&
      (kinds.size === 0 || kinds.has(row.kind)) &&
      (states.size === 0 || states.has(row.state)) &&
      (!view.due || row.dueSoon) &&
      (matches === null || matches(row)),
  );
  const accountRanks = collationRanks(shown.map(accountOf));
  const keyed: Keyed[] = shown.map((row) => ({
    row,
    ended: Number(row.ended),
    deadline: deadlineOf(row),
    state: STATE_RANK.get(row.state)!,
    account: accountRanks.get(accountOf(row))!,
    amount: amountOf(row),
    progress: row.progress?.ratio ?? null,
  }));
  const sign = view.dir === 'desc' ? -1 : 1;
  const compare = KEYED_COMPARE[view.sort];
  keyed.sort((a, b) => compare(a, b, sign) || urgencyOf(a, b) || a.account - b.account || compareText(a.row.name, b.row.name) || compareText(a.row.key, b.row.key));
  return keyed.map((entry) => entry.row);
}
