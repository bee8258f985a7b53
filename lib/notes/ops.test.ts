import { describe, expect, it } from 'vitest';
import { NotesOp, OpRefused, applyOp, type NotesState } from './ops';
import { NOTES_VERSION } from './migrations';
import { DEFAULT_SETTINGS, EMPTY_NOTES, MAX_ACCOUNTS_ADDED } from './schema';
import { ACCOUNT_ID, aCode, aFix, aNote, anAccount, anObservation, anOffer } from './test-fixtures';

const empty = (): NotesState => ({ notes: structuredClone(EMPTY_NOTES), settings: structuredClone(DEFAULT_SETTINGS), observations: {}, quarantine: [] });

describe('applying an op', () => {
  it('upserts replace the entity with the same id and append new ones', () => {
    let state = applyOp(empty(), { type: 'offer/upsert', offer: anOffer() });
    state = applyOp(state, { type: 'offer/upsert', offer: anOffer({ name: 'Renamed' }) });
    state = applyOp(state, { type: 'offer/upsert', offer: anOffer({ id: 'offer-2' }) });
    expect(state.notes.offers.map((o) => [o.id, o.name])).toEqual([
      ['offer-1', 'Renamed'],
      ['offer-2', 'Spend $500, get $500'],
    ]);
  });

  it('a code for an account the user never named creates a bare account for it', () => {
    const state = applyOp(empty(), { type: 'code/upsert', code: aCode({ currency: 'EUR' }) });
    expect(state.notes.accounts).toEqual([{ id: ACCOUNT_ID, name: null, currency: 'EUR', billingType: null, businessCenterOwned: null, lastSeenOn: null }]);
    const named = applyOp({ ...empty(), notes: { ...EMPTY_NOTES, accounts: [anAccount()] } }, { type: 'code/upsert', code: aCode() });
    expect(named.notes.accounts).toEqual([anAccount()]);
  });

  describe('adding accounts', () => {
    const known = anAccount({ id: '7234567890123456789', name: 'Acme', currency: 'EUR', billingType: 'manual', businessCenterOwned: true, lastSeenOn: 'business' });
    const withKnown = (): NotesState => ({ ...empty(), notes: { ...EMPTY_NOTES, accounts: [known] } });

    it('stores a new id as given, after the accounts already there', () => {
      const added = anAccount({ id: '7100000000000000001', name: null, currency: null, billingType: null });
      expect(applyOp(withKnown(), { type: 'accounts/add', accounts: [added] }).notes.accounts).toEqual([known, added]);
    });

    it('keeps what the notes know of an id already there where the new entry is blank, and takes what it gives', () => {
      const again = anAccount({ id: known.id, name: null, currency: 'USD', billingType: null, businessCenterOwned: null, lastSeenOn: null });
      expect(applyOp(withKnown(), { type: 'accounts/add', accounts: [again] }).notes.accounts).toEqual([{ ...known, currency: 'USD' }]);
    });

    it('adds a list in one op: an id listed twice is one account with what either line gave', () => {
      const first = anAccount({ id: '7100000000000000001', name: 'Fable Kids', currency: null, billingType: null });
      const second = anAccount({ id: '7100000000000000001', name: null, currency: 'USD', billingType: null });
      const other = anAccount({ id: '7100000000000000002', name: 'Indigo', currency: null, billingType: null });
      const state = applyOp(withKnown(), { type: 'accounts/add', accounts: [first, other, second] });
      expect(state.notes.accounts).toEqual([known, { ...first, currency: 'USD' }, other]);
    });

    it('refuses an empty list and one longer than the limit', () => {
      expect(NotesOp.safeParse({ type: 'accounts/add', accounts: [] }).success).toBe(false);
      const many = Array.from({ length: MAX_ACCOUNTS_ADDED + 1 }, (_, i) => anAccount({ id: String(7100000000000000000n + BigInt(i)) }));
      expect(NotesOp.safeParse({ type: 'accounts/add', accounts: many }).success).toBe(false);
      expect(NotesOp.safeParse({ type: 'accounts/add', accounts: many.slice(1) }).success).toBe(true);
    });
  });

  it('a value shown again replaces the fix for the same account, page kind and field, and no other', () => {
    let state = applyOp(empty(), { type: 'fix/save', fix: aFix() });
    state = applyOp(state, { type: 'fix/save', fix: aFix({ id: 'fix-2', field: 'cashBalance' }) });
    state = applyOp(state, { type: 'fix/save', fix: aFix({ id: 'fix-3', pageKind: 'bc-payment' }) });
    state = applyOp(state, { type: 'fix/save', fix: aFix({ id: 'fix-4', target: { ...aFix().target, nth: 1 } }) });
    expect(state.notes.fixes.map((fix) => fix.id)).toEqual(['fix-2', 'fix-3', 'fix-4']);
    state = applyOp(state, { type: 'fix/lost', id: 'fix-4', at: '2026-11-02T00:00:00.000Z' });
    expect(state.notes.fixes.find((fix) => fix.id === 'fix-4')?.lostAt).toBe('2026-11-02T00:00:00.000Z');
    expect(applyOp(state, { type: 'fix/delete', id: 'fix-2' }).notes.fixes.map((fix) => fix.id)).toEqual(['fix-3', 'fix-4']);
  });

  it('deletes by id, and deleting an unknown id changes nothing', () => {
    const state = applyOp(applyOp(empty(), { type: 'note/upsert', note: aNote() }), { type: 'note/delete', id: 'nope' });
    expect(state.notes.notes).toHaveLength(1);
    expect(applyOp(state, { type: 'note/delete', id: 'note-1' }).notes.notes).toEqual([]);
  });

  it('settings patches merge, and an invalid result is refused', () => {
    const state = applyOp(empty(), { type: 'settings/update', patch: { reminderLeadDays: [3] } });
    expect(state.settings).toEqual({ ...DEFAULT_SETTINGS, reminderLeadDays: [3] });
    expect(() => applyOp(empty(), { type: 'settings/update', patch: { reminderLeadDays: [1.5] } })).toThrow(OpRefused);
  });

  it('dismissing a hint twice keeps it once, latest last, and the list stays bounded', () => {
    let state = empty();
    for (let i = 0; i < 250; i++) state = applyOp(state, { type: 'hint/dismiss', hintId: `h${i}` });
    state = applyOp(state, { type: 'hint/dismiss', hintId: 'h100' });
    expect(state.settings.dismissedHints).toHaveLength(200);
    expect(state.settings.dismissedHints.at(-1)).toBe('h100');
    expect(state.settings.dismissedHints.filter((h) => h === 'h100')).toHaveLength(1);
  });

  it('restoring hints removes only those ids, keeping ones dismissed elsewhere meanwhile', () => {
    let state = empty();
    for (const hintId of ['a', 'b', 'c']) state = applyOp(state, { type: 'hint/dismiss', hintId });
    expect(applyOp(state, { type: 'hint/restore', hintIds: ['a', 'c', 'zz'] }).settings.dismissedHints).toEqual(['b']);
  });

  it('records an observation under its account', () => {
    const state = applyOp(empty(), { type: 'observation/record', observation: anObservation() });
    expect(state.observations).toEqual({ [ACCOUNT_ID]: [anObservation()] });
  });

  it('import keeps current settings when the file has none, and refuses an unmigrated file', () => {
    const file = { format: 'credit-lens-notes' as const, version: NOTES_VERSION, exportedAt: '2026-11-24T00:00:00Z', notes: EMPTY_NOTES, observations: [] };
    const start = applyOp(empty(), { type: 'settings/update', patch: { overlayMinimised: true } });
    expect(applyOp(start, { type: 'import/apply', file }).settings.overlayMinimised).toBe(true);
    expect(() => applyOp(start, { type: 'import/apply', file: { ...file, version: 1 } })).toThrow(/migrated/);
  });

  it('a settings change that arrives as a message changes only what it names: folding the overlay keeps the Language setting', () => {
    const chosen = applyOp(empty(), { type: 'settings/update', patch: { language: 'ja' } });
    const fold = NotesOp.parse({ type: 'settings/update', patch: { overlayMinimised: true } });
    expect(fold).toEqual({ type: 'settings/update', patch: { overlayMinimised: true } });
    const folded = applyOp(chosen, fold);
    expect(folded.settings).toMatchObject({ language: 'ja', overlayMinimised: true });
    expect(NotesOp.safeParse({ type: 'settings/update', patch: { language: 'xx' } }).success).toBe(false);
  });

  it('the op schema refuses unknown op types and malformed entities', () => {
    expect(NotesOp.safeParse({ type: 'offer/nuke' }).success).toBe(false);
    expect(NotesOp.safeParse({ type: 'offer/upsert', offer: { ...anOffer(), accountId: 'abc' } }).success).toBe(false);
    expect(NotesOp.safeParse({ type: 'offer/delete', id: 'offer-1' }).success).toBe(true);
  });
});
