/**
 * The board's rows: one per offer and per code, across every account, with what the list, the timeline
 * and the CSV show. Pure: the credit state machine, the code clocks and the deadlines are asked, never
 * re-derived here, so the board says what the popup, the badge and the reminders say.
 */
import { startOfDay } from '../credit/calendar';
import { utcDayOf } from '../iso-day';
import { codeTiming, mayStillEnter } from '../credit/code-window';
import { DAY_MS } from '../credit/values';
import { creditStatusOf, type CreditStatus } from '../credit/credit-state';
import type { CreditState } from '../credit/terms';
import { codeDeadlines, offerDeadlines, type Deadline } from '../notes/deadlines';
import { observationsOf } from '../notes/observations';
import type { Account, Code, NotesDoc, ObservationsByAccount, Offer } from '../notes/schema';

export type ItemKind = 'offer' | 'code';
export const ITEM_KINDS: readonly ItemKind[] = ['offer', 'code'];

export type CodeState = 'to-activate' | 'window-closed' | 'rejected' | 'applied' | 'code-expired';
export type BoardState = CreditState | 'dismissed' | CodeState;
/** The order states are listed in the filter, and the tie-break of the urgency sort. */
export const BOARD_STATES: readonly BoardState[] = [
  'overdue',
  'window-closed',
  'pending',
  'expiring',
  'to-activate',
  'earning',
  'not-started',
  'arrived',
  'rejected',
  'applied',
  'used-up',
  'expired',
  'code-expired',
  'dismissed',
];
/** How far ahead "due soon" looks; the words that say it name the number ("due within 7 days"). */
export const DUE_SOON_DAYS = 7;

/** Nothing is left to do about these: they sort last. */
const ENDED: ReadonlySet<BoardState> = new Set(['used-up', 'expired', 'code-expired', 'dismissed', 'applied']);

export type NextStep =
  | 'start-spending'
  | 'spend-more'
  | 'wait-for-credit'
  | 'check-billing'
  | 'use-credit'
  | 'mark-arrived'
  | 'enter-code'
  | 'ask-support'
  | 'see-why-rejected'
  | 'none';

/** A stretch of an item's life on the timeline, in ms since the epoch; `end` null: still open. */
export type SegmentKind = 'earning' | 'pending' | 'credit' | 'activation' | 'code-credit';
export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number | null;
}

export interface Progress {
  spent: number;
  threshold: number;
  /** 0..1; 1 once `reached`. */
  ratio: number;
  /**
   * The threshold was crossed (seen on the page, or entered by the user) or the credit arrived: the spend
   * toward it is done, whatever spend was seen since. A crossing the user entered while the page last
   * showed less spend would otherwise read "81%" beside "Credit late".
   */
  reached: boolean;
}

export interface BoardRow {
  /** `offer:<id>` or `code:<id>`, unique across the notebook. */
  key: string;
  kind: ItemKind;
  id: string;
  accountId: string;
  accountName: string | null;
  /** The offer's name or the code itself. */
  name: string;
  state: BoardState;
  ended: boolean;
  amount: string | null;
  currency: string | null;
  progress: Progress | null;
  /** The item's earliest deadline, the one the popup shows (lib/notes/deadlines.ts). */
  deadline: Deadline | null;
  /**
   * That deadline is still to come, within the next DUE_SOON_DAYS, on an item not ended: what the
   * board's header counts as due this week, and its "Due within 7 days" filter shows.
   */
  dueSoon: boolean;
  /** A code that may still be entered (lib/credit/code-window.ts): its row offers to copy it. */
  enterable: boolean;
  nextStep: NextStep;
  segments: Segment[];
}

export function boardRows(notes: NotesDoc, observations: ObservationsByAccount, now: Date, timeZone: string): BoardRow[] {
  const accounts = new Map<string, Account>(notes.accounts.map((account) => [account.id, account]));
  const rows: BoardRow[] = [];
  // Each item's own deadlines, the ones deadlinesOf lists for it: the board needs only the earliest,
  // and sorting the whole notebook's list to find it cost more than the rest of a row.
  const found: Deadline[] = [];
  for (let i = 0; i < notes.offers.length; i++) {
    const offer = notes.offers[i]!;
    const seen = observationsOf(observations, offer.accountId);
    found.length = 0;
    // The state first: the offer's deadlines then read it rather than count its spend again.
    const status = creditStatusOf(offer, seen, null, now, timeZone);
    const deadline = earliest(offerDeadlines(offer, seen, now, timeZone, found));
    rows.push(offerRow(offer, status, accounts.get(offer.accountId) ?? null, deadline, comesSoon(deadline, now)));
  }
  for (let i = 0; i < notes.codes.length; i++) {
    const code = notes.codes[i]!;
    found.length = 0;
    const deadline = earliest(codeDeadlines(code, now, timeZone, found));
    rows.push(codeRow(code, now, timeZone, accounts.get(code.accountId) ?? null, deadline, comesSoon(deadline, now)));
  }
  return rows;
}

/** A deadline still to come within the next DUE_SOON_DAYS; the row counts it as due soon unless the item has ended. */
const comesSoon = (deadline: Deadline | null, now: Date): boolean =>
  deadline !== null && !deadline.overdue && deadline.at.getTime() - now.getTime() <= DUE_SOON_DAYS * DAY_MS;

/** The first of the soonest, as deadlinesOf's stable sort would put it first. */
function earliest(deadlines: readonly Deadline[]): Deadline | null {
  let first: Deadline | null = null;
  for (let i = 0; i < deadlines.length; i++) if (!first || deadlines[i]!.at.getTime() < first.at.getTime()) first = deadlines[i]!;
  return first;
}

function offerRow(offer: Offer, status: CreditStatus, account: Account | null, deadline: Deadline | null, soon: boolean): BoardRow {
  const state: BoardState = offer.status === 'dismissed' ? 'dismissed' : status.state;
  const reached = status.crossedAt !== null || status.arrivedFrom !== null;
  const progress: Progress | null =
    status.threshold === null
      ? null
      : { spent: status.spent ?? 0, threshold: status.threshold, ratio: reached ? 1 : (status.progress ?? 0), reached };
  return {
    key: `offer:${offer.id}`,
    kind: 'offer',
    id: offer.id,
    accountId: offer.accountId,
    accountName: account?.name ?? null,
    name: offer.name,
    state,
    ended: ENDED.has(state),
    amount: offer.creditAmount,
    currency: offer.currency ?? account?.currency ?? null,
    progress,
    deadline,
    dueSoon: soon && !ENDED.has(state),
    enterable: false,
    nextStep: offerNextStep(state, status),
    segments: offerSegments(offer, status),
  };
}

function offerNextStep(state: BoardState, status: CreditStatus): NextStep {
  switch (state) {
    case 'not-started':
      return 'start-spending';
    case 'earning':
      return 'spend-more';
    case 'pending':
      return 'wait-for-credit';
    case 'overdue':
      return 'check-billing';
    case 'arrived':
      // Landed as the balance shows, not as noted: the readings it rests on may be pruned one day.
      return status.arrivedFrom === 'balance' ? 'mark-arrived' : 'use-credit';
    case 'expiring':
      return 'use-credit';
    default:
      return 'none';
  }
}

const ms = (date: Date | null): number | null => (date ? date.getTime() : null);

/**
 * A stretch is drawn only where it has length: dates typed by hand can contradict each other (a code
 * applied the day before it was received, a credit that expires before it landed), and a stretch that
 * ends before it starts would draw a sliver outside its bar, over the next bar of its lane, and its card
 * would give a range that runs backwards.
 */
function addSegment(segments: Segment[], kind: SegmentKind, start: number, end: number | null): void {
  if (end === null || end > start) segments.push({ kind, start, end });
}

function offerSegments(offer: Offer, status: CreditStatus): Segment[] {
  const segments: Segment[] = [];
  const created = Date.parse(offer.createdAt);
  const start = ms(status.activatedAt) ?? (Number.isNaN(created) ? null : created);
  const crossed = ms(status.crossedAt);
  const arrived = ms(status.arrivedAt);
  const earnEnd = crossed ?? arrived ?? ms(status.qualifyBy);
  if (start !== null) addSegment(segments, 'earning', start, earnEnd);
  if (crossed !== null && status.expectedBy) {
    // The window closes when the credit lands, if that is sooner than its last hour.
    const end = arrived !== null && arrived > crossed ? Math.min(arrived, status.expectedBy.getTime()) : status.expectedBy.getTime();
    addSegment(segments, 'pending', crossed, end);
  }
  if (status.arrivedFrom) {
    const from = arrived ?? crossed ?? start;
    if (from !== null) addSegment(segments, 'credit', from, ms(status.useBy));
  }
  return segments;
}

function codeRow(code: Code, now: Date, timeZone: string, account: Account | null, deadline: Deadline | null, soon: boolean): BoardRow {
  const timing = codeTiming(code, now, timeZone);
  const state: CodeState =
    code.status === 'applied'
      ? 'applied'
      : code.status === 'rejected'
        ? 'rejected'
        : timing.expired
          ? 'code-expired'
          : timing.windowPassed
            ? 'window-closed'
            : 'to-activate';
  // Read strictly, as the code's clock reads it: a day that does not exist starts no stretch.
  const received = utcDayOf(code.receivedOn) === null ? null : startOfDay(code.receivedOn, timeZone).getTime();
  const closes = ms(timing.clock.activationEnds);
  const applied = code.appliedOn ? Date.parse(code.appliedOn) : Number.NaN;
  const segments: Segment[] = [];
  if (received !== null) {
    const end = code.status === 'applied' && !Number.isNaN(applied) ? applied : closes;
    addSegment(segments, 'activation', received, end);
  }
  if (code.status === 'applied' && !Number.isNaN(applied) && timing.clock.expiresAt) {
    addSegment(segments, 'code-credit', applied, timing.clock.expiresAt.getTime());
  }
  return {
    key: `code:${code.id}`,
    kind: 'code',
    id: code.id,
    accountId: code.accountId,
    accountName: account?.name ?? null,
    name: code.code,
    state,
    ended: ENDED.has(state),
    amount: code.amount,
    currency: code.currency ?? account?.currency ?? null,
    progress: null,
    deadline,
    dueSoon: soon && !ENDED.has(state),
    enterable: mayStillEnter(code, timing),
    nextStep: state === 'to-activate' ? 'enter-code' : state === 'window-closed' ? 'ask-support' : state === 'rejected' ? 'see-why-rejected' : 'none',
    segments,
  };
}

/** Where an item sits on the time axis: from its first segment's start to its last segment's end. */
export function spanOf(row: BoardRow): { start: number; end: number | null } | null {
  if (row.segments.length === 0) return null;
  // One pass, no arrays: the timeline asks this of every row as the board opens.
  let start = Infinity;
  let end: number | null = -Infinity;
  for (let i = 0; i < row.segments.length; i++) {
    const segment = row.segments[i]!;
    start = Math.min(start, segment.start);
    end = end === null || segment.end === null ? null : Math.max(end, segment.end);
  }
  return { start, end };
}
