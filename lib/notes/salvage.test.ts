import { describe, expect, it } from 'vitest';
import { salvageNotes, salvageObservations, salvageQuarantine, salvageSettings } from './salvage';
import { ACCOUNT_ID, aCode, aFix, anObservation, anOffer } from './test-fixtures';

describe('salvaging stored values', () => {
  it('keeps the valid offers and names each invalid one with its place and reason', () => {
    const bad = { ...anOffer({ id: 'b' }), processingWindowHours: 0 };
    const { value, moves } = salvageNotes({ accounts: [], offers: [anOffer(), bad], codes: [aCode()], notes: [], fixes: [] });
    expect(value.offers).toEqual([anOffer()]);
    expect(value.codes).toEqual([aCode()]);
    expect(moves).toEqual([{ key: 'notes', path: 'offers[1]', reason: 'processingWindowHours: expected at least 1', value: bad }]);
  });

  it('a fix whose element description is broken is kept aside; the other fixes stay', () => {
    const bad = aFix({ id: 'bad', target: { ...aFix().target, role: '' } });
    const { value, moves } = salvageNotes({ accounts: [], offers: [], codes: [], notes: [], fixes: [aFix(), bad] });
    expect(value.fixes).toEqual([aFix()]);
    expect(moves.map((move) => move.path)).toEqual(['fixes[1]']);
  });

  it('a missing list is empty, a list that is not a list is kept aside', () => {
    const { value, moves } = salvageNotes({ offers: { id: 'x' } });
    expect(value).toEqual({ accounts: [], offers: [], codes: [], notes: [], fixes: [] });
    expect(moves).toEqual([{ key: 'notes', path: 'offers', reason: 'expected a list', value: { id: 'x' } }]);
  });

  it('unknown fields are kept aside rather than silently dropped', () => {
    expect(salvageNotes({ offers: [], stray: 1 }).moves).toMatchObject([{ path: 'stray', value: 1 }]);
  });

  it('settings: a bad field falls back to its default, the others stay', () => {
    const { value, moves } = salvageSettings({ reminderLeadDays: [500], overlayMinimised: true });
    expect(value.reminderLeadDays).toEqual([7, 1]);
    expect(value.overlayMinimised).toBe(true);
    expect(moves).toMatchObject([{ key: 'settings', path: 'reminderLeadDays', value: [500] }]);
    expect(moves[0]!.reason).toBe('[0]: expected at most 90');
  });

  it('settings: a key named __proto__ cannot reach the prototype', () => {
    const raw = JSON.parse('{"__proto__": {"polluted": true}, "overlayMinimised": true}');
    const { value, moves } = salvageSettings(raw);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect((value as { polluted?: boolean }).polluted).toBeUndefined();
    expect(moves.map((m) => m.path)).toEqual(['__proto__']);
  });

  it('observations: bad account keys, bad readings and misfiled readings are kept aside', () => {
    const misfiled = anObservation({ accountId: '7999999999' });
    const { value, moves } = salvageObservations({
      [ACCOUNT_ID]: [anObservation(), { at: 'yesterday' }, misfiled],
      'not-an-id': [anObservation()],
    });
    expect(value).toEqual({ [ACCOUNT_ID]: [anObservation()] });
    expect(moves.map((m) => [m.path, m.reason])).toEqual([
      [`["${ACCOUNT_ID}"][1]`, 'at: expected date and time like 2026-11-24T09:30:00Z; accountId: missing (expected string); currency: missing (expected string); spendSoFar: missing (expected string); creditBalance: missing (expected string); cashBalance: missing (expected string); accountBalance: missing (expected string)'],
      [`["${ACCOUNT_ID}"][2]`, `expected a reading of account ${ACCOUNT_ID}`],
      ['["not-an-id"]', 'not an advertiser id'],
    ]);
  });

  it('observations: a misfiled reading is kept aside even when every reading in its list is well formed', () => {
    const misfiled = anObservation({ accountId: '7999999999' });
    const { value, moves } = salvageObservations({ [ACCOUNT_ID]: [anObservation(), misfiled] });
    expect(value).toEqual({ [ACCOUNT_ID]: [anObservation()] });
    expect(moves).toEqual([{ key: 'observations', path: `["${ACCOUNT_ID}"][1]`, reason: `expected a reading of account ${ACCOUNT_ID}`, value: misfiled }]);
  });

  it('a valid list comes back whole, each item as its schema reads it', () => {
    const offers = [anOffer({ id: 'a' }), { ...anOffer({ id: 'b' }), stray: 'dropped by the schema, as item by item' }];
    const { value, moves } = salvageNotes({ accounts: [], offers, codes: [], notes: [] });
    expect(value.offers).toEqual([anOffer({ id: 'a' }), anOffer({ id: 'b' })]);
    expect(moves).toEqual([]);
  });

  it('the quarantine wraps entries it cannot read instead of losing them', () => {
    expect(salvageQuarantine('??')).toEqual({ value: [], moves: [{ key: 'quarantine', path: '', reason: 'expected a list', value: '??' }] });
    expect(salvageQuarantine([{ nonsense: true }]).moves).toMatchObject([{ key: 'quarantine', path: '[0]', value: { nonsense: true } }]);
  });
});
