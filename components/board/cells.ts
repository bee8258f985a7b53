/**
 * The text of each cell, used by the list and by the CSV alike: the exported file says exactly what
 * the screen says, in the board's language. Countdowns are worded by the popup's describeDeadline, so
 * both speak alike.
 */
import type { BoardRow } from '../../lib/board/rows';
import { csvSeparatorFor, toCsv } from '../../lib/board/csv';
import { msg } from '../../lib/i18n/message';
import type { Translator } from '../../lib/i18n/translate';
import { describeDeadline, type Tone } from '../popup/deadlines';
import { COLUMN_LABELS, KIND_LABELS, nextStepLabel, STATE_LABELS } from './labels';

/** A cell with nothing to say. */
export const NO_VALUE = '—';

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

/** A moment (ms since the epoch) as a message parameter: the calendar day it falls on where the user is. */
export const dateAt = (at: number) => ({ date: new Date(at).toISOString() });
/** That day as text, in the board's language. */
export const dayOf = (t: Translator, at: number): string => t.value(dateAt(at));

export function cellTexts(row: BoardRow, now: Date, timeZone: string, t: Translator): CellTexts {
  // A row's texts are asked for by its list row, its timeline bar's label and its card, on every
  // render: worked out once per row, moment, zone and language (rows are rebuilt when the notes change).
  const last = lastTexts.get(row);
  if (last && last.now === now.getTime() && last.timeZone === timeZone && last.t === t) return last.cells;
  const cells = computeCellTexts(row, now, timeZone, t);
  lastTexts.set(row, { now: now.getTime(), timeZone, t, cells });
  return cells;
}
const lastTexts = new WeakMap<BoardRow, { now: number; timeZone: string; t: Translator; cells: Readonly<CellTexts> }>();

function computeCellTexts(row: BoardRow, now: Date, timeZone: string, t: Translator): CellTexts {
  const money = (value: number) => t.value({ money: value.toFixed(2), currency: row.currency });
  const progress = row.progress;
  const described = row.deadline ? describeDeadline(row.deadline, now, timeZone) : null;
  const left = progress && progress.threshold > progress.spent ? money(progress.threshold - progress.spent) : null;
  return {
    account: row.accountName ?? t.t(msg('board.unnamedAccount')),
    accountId: row.accountId,
    item: row.name,
    kind: t.t(msg(KIND_LABELS[row.kind])),
    state: t.t(msg(STATE_LABELS[row.state])),
    amount: row.amount === null ? NO_VALUE : t.value({ money: row.amount, currency: row.currency }),
    currency: row.currency ?? '',
    progress: !progress
      ? NO_VALUE
      : progress.reached
        ? t.t(msg('board.thresholdCrossed'))
        : t.t(msg('board.progressOf', { spent: money(progress.spent), threshold: money(progress.threshold) })),
    // No bar once the threshold is behind the offer: the words say it.
    progressPercent: progress && !progress.reached ? Math.floor(progress.ratio * 100) : null,
    deadline: described ? t.t(described.text) : NO_VALUE,
    deadlineTone: described ? described.tone : null,
    // A whole-day deadline is its own day, not the midnight that ends it.
    deadlineDate: row.deadline ? (row.deadline.date ? t.value({ day: row.deadline.date }) : dayOf(t, row.deadline.at.getTime())) : '',
    nextStep: t.t(nextStepLabel(row.nextStep, left)),
  };
}

/**
 * An amount cut where its currency may take a line of its own ("200,00" above "USD"), for a narrow
 * column that cut the currency off: Intl glues the two with a no-break space, or with nothing
 * ("US$200.00"). A space there becomes a plain one; spaces between digits (French groups,
 * "12 500,00 $US") and a one-character symbol ("$200.00") stay glued. The CSV keeps Intl's text.
 */
export const amountParts = (text: string): string[] => text.replace(AMOUNT_BREAK, (space) => `${space ? ' ' : ''}\u0000`).split('\u0000');
const AMOUNT_BREAK = /(?<=\d)[\u00A0\u202F](?=[^\d\s])|(?<=[^\d\s])[\u00A0\u202F](?=\d)|(?<=[^\d\s]{2})(?=\d)/g;

/** "$120.00 / $500.00 (24%)", or the plain progress when there is no percentage. */
export const progressWithPercent = (cells: CellTexts, t: Translator): string =>
  cells.progressPercent === null ? cells.progress : t.t(msg('board.progressPercent', { progress: cells.progress, percent: cells.progressPercent }));

/** The rows as they are on screen, in their order, as CSV, separated as Excel expects in the UI's language. */
export function boardCsv(rows: readonly BoardRow[], now: Date, timeZone: string, t: Translator): string {
  const C = COLUMN_LABELS;
  const header = [C.account, C.accountId, C.item, C.kind, C.state, C.amount, C.currency, C.progress, C.deadline, C.deadlineDate, C.nextStep].map((key) => t.t(msg(key)));
  const records = rows.map((row) => {
    const cells = cellTexts(row, now, timeZone, t);
    return [cells.account, cells.accountId, cells.item, cells.kind, cells.state, cells.amount, cells.currency, progressWithPercent(cells, t), cells.deadline, cells.deadlineDate, cells.nextStep];
  });
  // The decimal mark as the board writes numbers ("1,5" in German): no second Intl set-up, and no import
  // of the popup's amount parser, which the lazily loaded edit form would then share from this chunk.
  return toCsv(header, records, csvSeparatorFor(t.value(1.5).replace(/\d/g, '')));
}
