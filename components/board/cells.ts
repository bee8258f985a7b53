/**
 * The text of each cell, used by the list and by the CSV alike: the exported file says exactly what
 * the screen says. Countdowns are worded by the popup's describeDeadline, so both speak alike.
 */
import type { BoardRow } from '../../lib/board/rows';
import { toCsv } from '../../lib/board/csv';
import { formatAmount } from '../money';
import type { Translator } from '../../lib/i18n/translate';
import { describeDeadline, type Tone } from '../popup/deadlines';
import { COLUMN_LABELS, KIND_LABELS, NEXT_STEP_LABELS, STATE_LABELS, BOARD_STRINGS as S } from './strings';

export interface CellTexts {
  account: string;
  accountId: string;
  item: string;
  kind: string;
  state: string;
  amount: string;
  currency: string;
  progress: string;
  progressPercent: number | null;
  deadline: string;
  deadlineTone: Tone | null;
  deadlineDate: string;
  nextStep: string;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
export function formatDay(at: Date | number, timeZone: string): string {
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, { timeZone, day: 'numeric', month: 'short', year: 'numeric' });
    dateFormats.set(timeZone, format);
  }
  return format.format(at);
}

export function cellTexts(row: BoardRow, now: Date, timeZone: string, translator: Translator): CellTexts {
  const money = (value: number) => formatAmount(value.toFixed(2), row.currency);
  const progress = row.progress;
  const described = row.deadline ? describeDeadline(row.deadline, now, timeZone, translator.locale) : null;
  const left = progress && progress.threshold > progress.spent ? money(progress.threshold - progress.spent) : null;
  return {
    account: row.accountName ?? S.unnamedAccount,
    accountId: row.accountId,
    item: row.name,
    kind: KIND_LABELS[row.kind],
    state: STATE_LABELS[row.state],
    amount: row.amount === null ? S.noAmount : formatAmount(row.amount, row.currency),
    currency: row.currency ?? '',
    progress: progress ? `${money(progress.spent)} / ${money(progress.threshold)}` : S.noProgress,
    progressPercent: progress ? Math.floor(progress.ratio * 100) : null,
    deadline: described ? translator.t(described.message) : S.noDeadline,
    deadlineTone: described ? described.tone : null,
    deadlineDate: row.deadline ? (row.deadline.date ? formatDay(row.deadline.at.getTime() - 1, timeZone) : formatDay(row.deadline.at, timeZone)) : '',
    nextStep: NEXT_STEP_LABELS[row.nextStep](left),
  };
}

/** The rows as they are on screen, in their order, as CSV. */
export function boardCsv(rows: readonly BoardRow[], now: Date, timeZone: string, translator: Translator): string {
  const C = COLUMN_LABELS;
  const header = [C.account, C.accountId, C.item, C.kind, C.state, C.amount, C.currency, C.progress, C.deadline, C.deadlineDate, C.nextStep];
  const records = rows.map((row) => {
    const t = cellTexts(row, now, timeZone, translator);
    const progress = t.progressPercent === null ? t.progress : `${t.progress} (${t.progressPercent}%)`;
    return [t.account, t.accountId, t.item, t.kind, t.state, t.amount, t.currency, progress, t.deadline, t.deadlineDate, t.nextStep];
  });
  return toCsv(header, records);
}
