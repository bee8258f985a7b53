/**
 * Every word the board shows or exports, in English, in one place so the message lookup (issue 10) can
 * take them over in one move. The CSV's column names come from here too: they are in the UI's language.
 */
import type { BoardState, ItemKind, NextStep, SegmentKind } from '../../lib/board/rows';
import type { SortKey } from '../../lib/board/view';

export const BOARD_STRINGS = {
  heading: 'Credit Lens · All accounts',
  /** The options page's link to the board. */
  openFromOptions: 'All accounts: the deadlines board',
  loading: 'Opening your notes…',
  loadFailed: (reason: string) => `Credit Lens could not read your notes (${reason}). Nothing was changed.`,
  empty: 'No offers or codes in your notes yet. Add them from the toolbar popup on an Ads Manager payment page.',
  noMatch: 'No item matches this view.',
  clearFilters: 'Clear filters',
  summary: (shown: number, total: number, accounts: number) =>
    shown === total ? `${total} items across ${accounts} accounts` : `${shown} of ${total} items across ${accounts} accounts`,
  needsAction: (count: number) => `${count} need action`,
  dueThisWeek: (count: number) => `${count} due within 7 days`,
  exportCsv: 'Export CSV',
  exported: (count: number) => `Exported ${count} rows`,
  csvFileName: (stamp: string) => `credit-lens-board-${stamp}.csv`,

  filters: 'Filters',
  search: 'Search',
  searchPlaceholder: 'Name, code or account',
  account: 'Account',
  kind: 'Kind',
  state: 'State',
  all: 'All',
  several: (count: number) => `${count} chosen`,
  needsActionPreset: 'Needs action',
  sortBy: 'Sort by',
  sortDirection: (dir: 'asc' | 'desc') => (dir === 'asc' ? 'Sort ascending; switch to descending' : 'Sort descending; switch to ascending'),

  listLabel: 'Offers and codes, most urgent first',
  listLabelSorted: (by: string) => `Offers and codes by ${by.toLowerCase()}`,
  openPayment: 'Payment page',
  openPaymentLabel: (account: string) => `Open the Payment page of ${account} in a new tab`,
  edit: 'Edit',
  editLabel: (what: string) => `Edit ${what}`,
  noDeadline: '—',
  noAmount: '—',
  noProgress: '—',
  unnamedAccount: 'Unnamed account',
  saved: (what: string) => `${what} saved`,
  editTitle: 'Edit item',
  close: 'Close',
  openingForm: 'Opening…',
  formFailed: 'This form could not be opened. Reload the page and try again.',

  timeline: 'Timeline',
  timelineLabel: 'Timeline of offers and codes. Arrow keys move between bars; Enter shows the item in the list.',
  today: 'Today',
  horizon: 'Look ahead',
  horizonDays: (days: number) => `${days} days`,
  outside: (count: number) => `${count} items have no dates in this window`,
  legend: 'Legend',
  deadlineMarker: 'Next deadline',
  pastMuted: 'Past (muted)',
  barLabel: (name: string, account: string, state: string, when: string) => `${name}, ${account}: ${state}. ${when}`,
  range: (from: string, to: string) => `${from} to ${to}`,
  openEnded: (from: string) => `from ${from}, no end date`,
} as const;

export const KIND_LABELS: Record<ItemKind, string> = { offer: 'Spend-match offer', code: 'Promo code' };

export const STATE_LABELS: Record<BoardState, string> = {
  'not-started': 'No spend yet',
  earning: 'Earning',
  pending: 'Credit pending',
  overdue: 'Credit late',
  arrived: 'Credit arrived',
  expiring: 'Credit expiring',
  expired: 'Expired',
  'used-up': 'Used up',
  dismissed: 'Not pursuing',
  'to-activate': 'To activate',
  'window-closed': 'Window closed',
  rejected: 'Rejected',
  applied: 'Applied',
  'code-expired': 'Code expired',
};

export const NEXT_STEP_LABELS: Record<NextStep, (left: string | null) => string> = {
  'start-spending': () => 'Start spending: only spend after activation counts',
  'spend-more': (left) => (left ? `Spend ${left} more` : 'Keep spending'),
  'wait-for-credit': () => 'Wait for the credit to land',
  'check-billing': () => 'Check the spend in Billing, then contact support',
  'use-credit': () => 'Plan campaigns to use the credit',
  'enter-code': () => 'Enter the code in Billing',
  'ask-support': () => 'Try it; if refused, ask support',
  'see-why-rejected': () => 'Check why it was likely rejected',
  none: () => 'Nothing to do',
};

export const SEGMENT_LABELS: Record<SegmentKind, string> = {
  earning: 'Earning toward the threshold',
  pending: 'Pending: credit expected',
  credit: 'Credit usable',
  activation: 'Code activation window',
  'code-credit': 'Code credit usable',
};

export const SORT_LABELS: Record<SortKey, string> = {
  urgency: 'Urgency',
  deadline: 'Next deadline',
  account: 'Account',
  name: 'Item',
  amount: 'Amount',
  progress: 'Progress',
  state: 'State',
};

/** The list's columns and the CSV's, in order; CSV adds the columns a spreadsheet needs split out. */
export const COLUMN_LABELS = {
  account: 'Account',
  accountId: 'Account ID',
  item: 'Item',
  kind: 'Kind',
  state: 'State',
  amount: 'Amount',
  currency: 'Currency',
  progress: 'Progress',
  deadline: 'Next deadline',
  deadlineDate: 'Deadline date',
  nextStep: 'Next step',
  actions: 'Actions',
} as const;
