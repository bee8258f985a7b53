/**
 * The board's words for its codes (a state, a kind, a sort, a next step): message keys, rendered by the
 * board's translator (locales/en.yml `board`). The CSV's column names are these too: the file is in the
 * UI's language.
 */
import type { SimpleKey } from '../../lib/i18n/keys';
import { msg, type Msg } from '../../lib/i18n/message';
import type { BoardState, ItemKind, NextStep, SegmentKind } from '../../lib/board/rows';
import type { SortKey } from '../../lib/board/view';

export const KIND_LABELS = { offer: 'board.kind.offer', code: 'board.kind.code' } as const satisfies Record<ItemKind, SimpleKey>;

export const STATE_LABELS = {
  'not-started': 'board.state.notStarted',
  earning: 'board.state.earning',
  pending: 'board.state.pending',
  overdue: 'board.state.overdue',
  arrived: 'board.state.arrived',
  expiring: 'board.state.expiring',
  expired: 'board.state.expired',
  'used-up': 'board.state.usedUp',
  dismissed: 'board.state.dismissed',
  'to-activate': 'board.state.toActivate',
  'window-closed': 'board.state.windowClosed',
  rejected: 'board.state.rejected',
  applied: 'board.state.applied',
  'code-expired': 'board.state.codeExpired',
} as const satisfies Record<BoardState, SimpleKey>;

/** What to do next; `left` is the spend still missing, when known. */
export function nextStepLabel(step: NextStep, left: string | null): Msg {
  switch (step) {
    case 'start-spending':
      return msg('board.step.startSpending');
    case 'spend-more':
      return left ? msg('board.step.spendMore', { amount: left }) : msg('board.step.keepSpending');
    case 'wait-for-credit':
      return msg('board.step.waitForCredit');
    case 'check-billing':
      return msg('board.step.checkBilling');
    case 'use-credit':
      return msg('board.step.useCredit');
    case 'mark-arrived':
      return msg('board.step.markArrived');
    case 'enter-code':
      return msg('board.step.enterCode');
    case 'ask-support':
      return msg('board.step.askSupport');
    case 'see-why-rejected':
      return msg('board.step.seeWhyRejected');
    case 'none':
      return msg('board.step.none');
  }
}

export const SEGMENT_LABELS = {
  earning: 'board.segment.earning',
  pending: 'board.segment.pending',
  credit: 'board.segment.credit',
  activation: 'board.segment.activation',
  'code-credit': 'board.segment.codeCredit',
} as const satisfies Record<SegmentKind, SimpleKey>;

/** The list's columns and the CSV's, in order; CSV adds the columns a spreadsheet needs split out. */
export const COLUMN_LABELS = {
  account: 'board.column.account',
  accountId: 'board.column.accountId',
  item: 'board.column.item',
  kind: 'board.column.kind',
  state: 'board.column.state',
  amount: 'board.column.amount',
  currency: 'board.column.currency',
  progress: 'board.column.progress',
  deadline: 'board.column.deadline',
  deadlineDate: 'board.column.deadlineDate',
  nextStep: 'board.column.nextStep',
  actions: 'board.column.actions',
} as const satisfies Record<string, SimpleKey>;

export const SORT_LABELS = {
  urgency: 'board.sortUrgency',
  deadline: COLUMN_LABELS.deadline,
  account: COLUMN_LABELS.account,
  name: COLUMN_LABELS.item,
  amount: COLUMN_LABELS.amount,
  progress: COLUMN_LABELS.progress,
  state: COLUMN_LABELS.state,
} as const satisfies Record<SortKey, SimpleKey>;

/** The list's label for screen readers says its order. */
export const LIST_LABELS = {
  urgency: 'board.list.urgency',
  deadline: 'board.list.deadline',
  account: 'board.list.account',
  name: 'board.list.name',
  amount: 'board.list.amount',
  progress: 'board.list.progress',
  state: 'board.list.state',
} as const satisfies Record<SortKey, SimpleKey>;
