import { describe, expect, it } from 'vitest';
import { ACCOUNT, OTHER_ACCOUNT, code, input, notes, reading, english } from '../testing';
import { codeRedeemedHints } from './code-redeemed';

const appliedElsewhere = code({ id: 'applied-1', accountId: OTHER_ACCOUNT, status: 'applied', appliedOn: '2026-02-10T09:00:00.000Z' });

describe('code-redeemed hint', () => {
  it('warns while the user types a code the notes saw applied on another ad account of this login', () => {
    const [hint] = english(codeRedeemedHints)(input({ typedCode: ' welcome2026 ', notes: notes({ codes: [appliedElsewhere] }) }));
    expect(hint).toMatchObject({ kind: 'code-redeemed', state: 'already-applied', severity: 'warning', subject: { type: 'code', id: 'applied-1' } });
    expect(hint!.title).toBe('WELCOME2026 was already applied: TikTok will likely refuse it again');
    expect(hint!.facts).toContainEqual({ label: 'Applied on', value: `Feb 10, 2026, ad account ${OTHER_ACCOUNT}` });
  });

  it('warns about a saved code waiting to be activated that was already applied', () => {
    const waiting = code({ id: 'waiting', accountId: ACCOUNT });
    const [hint] = english(codeRedeemedHints)(input({ notes: notes({ codes: [waiting, appliedElsewhere] }) }));
    expect(hint).toMatchObject({ state: 'already-applied', subject: { id: 'applied-1' } });
  });

  it('says nothing for a code never applied, or for the applied code itself', () => {
    expect(english(codeRedeemedHints)(input({ typedCode: 'OTHER-CODE', notes: notes({ codes: [appliedElsewhere] }) }))).toEqual([]);
    expect(english(codeRedeemedHints)(input({ notes: notes({ codes: [code()] }) }))).toEqual([]);
    expect(english(codeRedeemedHints)(input({ reading: reading(), notes: notes({ codes: [appliedElsewhere] }) }))).toEqual([]);
  });
});
