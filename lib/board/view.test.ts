import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aCode, anAccount, anOffer } from '../notes/test-fixtures';
import { boardRows, BOARD_STATES, type BoardRow } from './rows';
import { applyView, compareRows, DEFAULT_VIEW, formatView, HORIZONS, parseView, SORT_KEYS, type BoardView } from './view';
import { assertOnSeeds } from '../../tests/support/property-seeds';

const NOW = new Date('2026-11-24T12:00:00Z');
const A = '7000000000000000001';
const B = '7000000000000000002';
const rows: BoardRow[] = boardRows(
  {
    accounts: [anAccount({ id: A, name: 'Acme Outdoor US' }), anAccount({ id: B, name: 'Blue Fern UK' })],
    offers: [
      anOffer({ id: 'pending', accountId: A, name: 'Spring offer', crossedOn: '2026-11-24T00:00:00.000Z', creditAmount: '250.00' }),
      anOffer({ id: 'earning', accountId: B, name: 'Partner offer', qualifyBy: '2026-12-20', creditAmount: '100.00' }),
      anOffer({ id: 'used', accountId: A, name: 'Old offer', status: 'used-up', creditAmount: '900.00' }),
    ],
    codes: [
      aCode({ id: 'soon', accountId: B, code: 'WELCOME-50', receivedOn: '2026-11-12', amount: '50.00' }),
      aCode({ id: 'closed', accountId: A, code: 'SPRING-ADS-100', receivedOn: '2026-11-01', amount: null }),
    ],
    notes: [], fixes: [],
  },
  {},
  NOW,
  'UTC',
);
const ids = (view: Partial<BoardView>) => applyView(rows, { ...DEFAULT_VIEW, ...view }).map((r) => r.id);

describe('board view', () => {
  it('sorts by urgency by default: the missed window, then the nearest deadlines, finished items last', () => {
    expect(ids({})).toEqual(['closed', 'pending', 'soon', 'earning', 'used']);
  });

  it('sorts by amount both ways, items without an amount last either way', () => {
    expect(ids({ sort: 'amount' })).toEqual(['soon', 'earning', 'pending', 'used', 'closed']);
    expect(ids({ sort: 'amount', dir: 'desc' })).toEqual(['used', 'pending', 'earning', 'soon', 'closed']);
  });

  it('sorts by account name, then urgency within an account', () => {
    expect(ids({ sort: 'account' })).toEqual(['closed', 'pending', 'used', 'soon', 'earning']);
  });

  it('filters by account, kind and state, and combines them', () => {
    expect(ids({ accounts: [B] })).toEqual(['soon', 'earning']);
    expect(ids({ kinds: ['code'] })).toEqual(['closed', 'soon']);
    expect(ids({ states: ['pending', 'used-up'] })).toEqual(['pending', 'used']);
    expect(ids({ accounts: [A], kinds: ['offer'] })).toEqual(['pending', 'used']);
  });

  it('shows only what is due within the week when asked: no missed deadline, nothing ended, nothing further off', () => {
    expect(rows.filter((row) => row.dueSoon).map((row) => row.id)).toEqual(['pending', 'soon']);
    expect(ids({ due: true })).toEqual(['pending', 'soon']);
    expect(ids({ due: true, kinds: ['code'] })).toEqual(['soon']);
    expect(formatView({ ...DEFAULT_VIEW, due: true })).toBe('?due=7');
    expect(parseView('?due=7').due).toBe(true);
    // Another span than the one the board counts is not quietly read as its own.
    expect(parseView('?due=30').due).toBe(false);
  });

  it('searches names, codes and accounts, ignoring case and spaces; every word must match', () => {
    expect(ids({ q: 'spring' })).toEqual(['closed', 'pending']);
    expect(ids({ q: 'spring ads' })).toEqual(['closed']);
    expect(ids({ q: 'welcome-50' })).toEqual(['soon']);
    expect(ids({ q: 'blue fern' })).toEqual(['soon', 'earning']);
    expect(ids({ q: '00000000002' })).toEqual(['soon', 'earning']);
    expect(ids({ q: 'nothing like it' })).toEqual([]);
  });

  it('reads a query as the keyboard typed it: Arabic-Indic, Persian or fullwidth digits, a zero-width space pasted in', () => {
    expect(ids({ q: '\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0660\u0662' })).toEqual(['soon', 'earning']);
    expect(ids({ q: '\u06f0\u06f0\u06f0\u06f0\u06f0\u06f0\u06f0\u06f0\u06f0\u06f0\u06f2' })).toEqual(['soon', 'earning']);
    expect(ids({ q: '\uff10\uff10\uff10\uff10\uff10\uff10\uff10\uff10\uff10\uff10\uff12' })).toEqual(['soon', 'earning']);
    expect(ids({ q: 'welcome\u200b-50' })).toEqual(['soon']);
  });

  it('writes only what differs from the default into the URL', () => {
    expect(formatView(DEFAULT_VIEW)).toBe('');
    expect(formatView({ ...DEFAULT_VIEW, sort: 'deadline', states: ['overdue', 'pending'], q: ' acme ', horizon: 180 })).toBe(
      '?sort=deadline&state=overdue%2Cpending&q=acme&days=180',
    );
  });

  it('a stale or hand-edited URL still opens a board: unknown values fall back', () => {
    expect(parseView('?sort=colour&dir=up&account=abc,7000000000000000001&kind=voucher,code&state=bogus,pending&days=45')).toEqual({
      ...DEFAULT_VIEW,
      accounts: [A],
      kinds: ['code'],
      states: ['pending'],
    });
  });

  it('round-trips any view through the URL', () => {
    const view = fc.record({
      sort: fc.constantFrom(...SORT_KEYS),
      dir: fc.constantFrom('asc' as const, 'desc' as const),
      accounts: fc.uniqueArray(fc.stringMatching(/^\d{6,25}$/), { maxLength: 4 }),
      kinds: fc.subarray(['offer', 'code'] as const),
      states: fc.subarray([...BOARD_STATES]),
      due: fc.boolean(),
      q: fc.string({ maxLength: 40 }).map((q) => q.trim()),
      horizon: fc.constantFrom(...HORIZONS),
    });
    assertOnSeeds(
      fc.property(view, (v) => {
        expect(parseView(formatView(v))).toEqual(v);
      }),
      300,
    );
  });

  it('orders as the plain comparison does, with what it compares worked out once per row', () => {
    const deadlines = [null, Date.parse('2026-11-20T00:00:00Z'), Date.parse('2026-11-30T00:00:00Z')];
    const row = fc.record({
      accountName: fc.constantFrom(null, 'acme', 'Acme', 'ACME 2', 'Acme 10', 'Blue Fern', 'blue fern'),
      accountId: fc.constantFrom(A, B),
      name: fc.constantFrom('Spring', 'spring', 'Offer 2', 'Offer 10', 'WELCOME-50'),
      state: fc.constantFrom(...BOARD_STATES),
      ended: fc.boolean(),
      deadline: fc.constantFrom(...deadlines),
      amount: fc.constantFrom(null, '50.00', '250.00', '9.5'),
      ratio: fc.constantFrom(null, 0, 0.5, 1),
    });
    const board = fc.array(row, { maxLength: 40 }).map((drawn) =>
      drawn.map(
        (r, i): BoardRow => ({
          ...rows[0]!,
          key: `offer:${String(i).padStart(2, '0')}`,
          id: String(i),
          accountId: r.accountId,
          accountName: r.accountName,
          name: r.name,
          state: r.state,
          ended: r.ended,
          amount: r.amount,
          progress: r.ratio === null ? null : { spent: 0, threshold: 1, ratio: r.ratio, reached: r.ratio === 1 },
          deadline: r.deadline === null ? null : { ...rows[0]!.deadline!, at: new Date(r.deadline) },
        }),
      ),
    );
    const order = fc.record({ sort: fc.constantFrom(...SORT_KEYS), dir: fc.constantFrom('asc' as const, 'desc' as const) });
    assertOnSeeds(
      fc.property(board, order, (drawn, { sort, dir }) => {
        const view = { ...DEFAULT_VIEW, sort, dir };
        expect(applyView(drawn, view).map((r) => r.key)).toEqual([...drawn].sort((a, b) => compareRows(a, b, view)).map((r) => r.key));
      }),
      300,
    );
  });
});
