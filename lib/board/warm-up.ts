/**
 * The board's first rows are its slowest (issue 13): built while every function of the credit clock,
 * the deadlines and the sort runs for the first time, compiled on first call and
 * interpreted cold, a thousand rows of it on the way to the first paint. The page waits for the notes
 * from the background anyway; in that wait, the same code runs once over a small notebook of one item
 * in each state, so the notes meet code that is compiled and has seen every state. Pure: nothing is
 * kept but the functions' own caches of pure answers; the sample's rows go back to the caller, which
 * warms the words with them once the words are in (components/board/Board.tsx).
 */
import type { Account, Code, NotesDoc, Observation, ObservationsByAccount, Offer } from '../notes/schema';
import { boardRows, type BoardRow } from './rows';
import { applyView, DEFAULT_VIEW } from './view';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const ACCOUNT = '7000000000000000001';

/** One offer and one code in each of their states, dated around `now`, with the readings that put them there. */
export function sampleNotebook(now: Date): { notes: NotesDoc; observations: ObservationsByAccount } {
  const t = now.getTime();
  const instant = (offset: number) => new Date(t + offset).toISOString();
  const day = (offset: number) => new Date(t + offset * DAY).toISOString().slice(0, 10);
  const stamp = instant(-40 * DAY);
  const account: Account = { id: ACCOUNT, name: 'Sample', currency: 'USD', billingType: 'manual', businessCenterOwned: false, lastSeenOn: 'ads' };
  const offer = (id: string, over: Partial<Offer>): Offer => ({
    id,
    accountId: ACCOUNT,
    name: id,
    threshold: '500.00',
    creditAmount: '250.00',
    currency: 'USD',
    activatedOn: instant(-10 * DAY),
    qualifyBy: null,
    processingWindowHours: 48,
    crossedOn: null,
    arrivedOn: null,
    expiresOn: null,
    creditValidityDays: 90,
    status: 'tracking',
    source: 'page',
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  });
  const code = (id: string, over: Partial<Code>): Code => ({
    id,
    accountId: ACCOUNT,
    code: id.toUpperCase(),
    source: null,
    receivedOn: day(-2),
    activateBy: null,
    expiresOn: null,
    amount: '100.00',
    currency: 'USD',
    status: 'unused',
    rejectedCause: null,
    rejectedMessage: null,
    appliedOn: null,
    createdAt: stamp,
    updatedAt: stamp,
    ...over,
  });
  const offers = [
    offer('earning', { qualifyBy: day(5) }),
    offer('not-activated', { activatedOn: null, qualifyBy: day(20) }),
    // Activated after the last reading: no spend counted yet.
    offer('not-started', { activatedOn: instant(-1 * HOUR), qualifyBy: day(20) }),
    offer('pending', { crossedOn: instant(-2 * HOUR) }),
    offer('overdue', { crossedOn: instant(-4 * DAY) }),
    offer('arrived', { crossedOn: instant(-5 * DAY), arrivedOn: instant(-4 * DAY), status: 'arrived' }),
    offer('expiring', { crossedOn: instant(-82 * DAY), arrivedOn: instant(-84 * DAY), status: 'arrived' }),
    offer('used-up', { status: 'used-up' }),
    offer('dismissed', { status: 'dismissed' }),
  ];
  const codes = [
    code('to-activate', {}),
    code('window-closed', { receivedOn: day(-18) }),
    code('applied', { receivedOn: day(-25), appliedOn: instant(-20 * DAY), expiresOn: day(40), status: 'applied' }),
    code('rejected', { status: 'rejected', rejectedCause: 'promotion-active', rejectedMessage: 'Another promotion is in progress.' }),
    code('activate-by', { activateBy: day(3), expiresOn: day(30) }),
    code('code-expired', { receivedOn: day(-5), expiresOn: day(-3) }),
  ];
  const reading = (at: string, spend: string): Observation => ({ at, accountId: ACCOUNT, currency: 'USD', spendSoFar: spend, creditBalance: '300.00', cashBalance: '1500.00', accountBalance: null });
  return {
    notes: { accounts: [account], offers, codes, notes: [], fixes: [] },
    observations: { [ACCOUNT]: [reading(instant(-12 * DAY), '0.00'), reading(instant(-2 * HOUR), '320.00')] },
  };
}

/**
 * Builds and sorts the sample notebook's rows, for `now` in `timeZone`, and returns them. The timeline
 * is left out: it lays out only the board's own rows (its geometry is what a redraw is counted by).
 */
export function warmUpBoard(now: Date, timeZone: string): BoardRow[] {
  const sample = sampleNotebook(now);
  return applyView(boardRows(sample.notes, sample.observations, now, timeZone), DEFAULT_VIEW);
}
