import { describe, expect, it } from 'vitest';
import { msg } from '../../lib/i18n/message';
import { MAX_ACCOUNTS_ADDED } from '../../lib/notes/schema';
import { anAccount } from '../../lib/notes/test-fixtures';
import { accountsFromList, listPreview, readAccountList } from './account-list';

const ids = (text: string) => readAccountList(text).accounts.map(({ line, id, name, currency }) => [line, id, name, currency]);

describe('reading a pasted list of accounts', () => {
  it('takes typed lines with the ID before or after the name, and an ID alone', () => {
    expect(ids('7100000000000000001 Fable Kids US\nHarbor Pet Supply – 7100000000000000002\n\n  7100000000000000003  \nIndigo Threads, ID: 7100000000000000004')).toEqual([
      [1, '7100000000000000001', 'Fable Kids US', null],
      [2, '7100000000000000002', 'Harbor Pet Supply', null],
      [4, '7100000000000000003', null, null],
      [5, '7100000000000000004', 'Indigo Threads', null],
    ]);
  });

  it('leaves out the "ID" label and the brackets around an ID, and keeps a name that only contains the letters', () => {
    expect(ids('Acme Outdoor (ID: 7100000000000000001)\nVIDEO IDEAS LAB ID#7100000000000000002\nDID Studio 7100000000000000003')).toEqual([
      [1, '7100000000000000001', 'Acme Outdoor', null],
      [2, '7100000000000000002', 'VIDEO IDEAS LAB', null],
      [3, '7100000000000000003', 'DID Studio', null],
    ]);
  });

  it("takes a name on its own line as the name of the ID on the next line, as account pickers show them", () => {
    expect(ids('Fable Kids US\nID: 7100000000000000001\nHarbor Pet Supply\n7100000000000000002\n7100000000000000003 Indigo')).toEqual([
      [2, '7100000000000000001', 'Fable Kids US', null],
      [4, '7100000000000000002', 'Harbor Pet Supply', null],
      [5, '7100000000000000003', 'Indigo', null],
    ]);
    // A line above an ID that has a name of its own names nothing.
    expect(readAccountList('7100000000000000009\nHarbor pets\n7100000000000000003 Indigo').problems.map((p) => [p.line, p.kind])).toEqual([[2, 'no-id']]);
  });

  it('takes spreadsheet rows: the ID cell, the first cell of words as the name, and a currency code', () => {
    const rows = 'Account name\tAdvertiser ID\tStatus\tCurrency\tBalance\nFable Kids US\t7100000000000000001\tActive\tusd\t1500000\n\t7100000000000000002\t\tEUR\t';
    expect(ids(rows)).toEqual([
      [2, '7100000000000000001', 'Fable Kids US', 'USD'],
      [3, '7100000000000000002', null, 'EUR'],
    ]);
  });

  it('takes the longest run of digits as the ID, so a spend or a date beside it is not one', () => {
    expect(ids('Driftwood 20261208 spent 1500000 7100000000000000003')).toEqual([[1, '7100000000000000003', 'Driftwood 20261208 spent 1500000', null]]);
  });

  it('reads IDs as a keyboard or a copy gives them: fullwidth or Arabic-Indic digits, unseen marks', () => {
    expect(ids('７１００００００００００００００００１ Ｆａｂｌｅ\n٧١٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٠٢\u200b')).toEqual([
      [1, '7100000000000000001', 'Fable', null],
      [2, '7100000000000000002', null, null],
    ]);
  });

  it('says which lines it cannot take, by their number as an editor counts them', () => {
    const list = readAccountList('7100000000000000001 Fable\nHarbor pets\n7100000000000000002 7100000000000000003\n' + `7100000000000000004 ${'x'.repeat(201)}`);
    expect(list.accounts.map((a) => a.id)).toEqual(['7100000000000000001']);
    expect(list.problems.map(({ line, kind }) => [line, kind])).toEqual([
      [2, 'no-id'],
      [3, 'two-ids'],
      [4, 'long-name'],
    ]);
    expect(list.problems[0]!.text).toBe('Harbor pets');
    // Quoted on one line, and cut short: a whole pasted page would fill the dialog.
    const long = readAccountList(`7100000000000000001\nHarbor\tpets ${'and more '.repeat(20)}`).problems[0]!.text;
    expect(long).toHaveLength(60);
    expect(long).toMatch(/^Harbor pets and more .*…$/);
  });

  it('skips a first line of words only when other lines have IDs: alone, it is a line without an ID', () => {
    expect(readAccountList('Name, ID\n7100000000000000001 Fable').problems).toEqual([]);
    expect(readAccountList('Harbor pets').problems.map((p) => p.kind)).toEqual(['no-id']);
    expect(readAccountList('7100000000000000001 Fable\nHarbor pets').problems.map((p) => p.line)).toEqual([2]);
  });
});

describe('what the list adds', () => {
  it('is every account, blank where the list said nothing, when every line reads', () => {
    const result = accountsFromList(readAccountList('7100000000000000001 Fable\n7100000000000000002'));
    expect(result).toEqual({
      ok: true,
      value: [
        { id: '7100000000000000001', name: 'Fable', currency: null, billingType: null, businessCenterOwned: null, lastSeenOn: null },
        { id: '7100000000000000002', name: null, currency: null, billingType: null, businessCenterOwned: null, lastSeenOn: null },
      ],
    });
  });

  it('is nothing while a line needs fixing: the first one, and how many more', () => {
    const one = accountsFromList(readAccountList('7100000000000000001\nHarbor pets'));
    expect(one).toEqual({ ok: false, errors: { list: msg('accountList.noId', { line: 2, text: 'Harbor pets' }) } });
    const three = accountsFromList(readAccountList('7100000000000000009\nHarbor pets\n7100000000000000001 7100000000000000002\nFable'));
    const first = msg('accountList.noId', { line: 2, text: 'Harbor pets' });
    expect(three).toEqual({ ok: false, errors: { list: msg('accountList.moreLines', { problem: { msg: first }, count: 2 }) } });
  });

  it('is nothing for an empty list or one over the limit, and says which', () => {
    expect(accountsFromList(readAccountList(' \n\n'))).toEqual({ ok: false, errors: { list: msg('accountList.empty') } });
    const long = Array.from({ length: MAX_ACCOUNTS_ADDED + 1 }, (_, i) => String(7100000000000000000n + BigInt(i))).join('\n');
    expect(accountsFromList(readAccountList(long))).toEqual({
      ok: false,
      errors: { list: msg('accountList.tooMany', { max: MAX_ACCOUNTS_ADDED, count: MAX_ACCOUNTS_ADDED + 1 }) },
    });
  });

  it('previews each account once, as the notes will hold it: a known one keeps what the list leaves blank', () => {
    const list = readAccountList('7100000000000000001 Fable\n7100000000000000002\n\t7100000000000000001\tUSD');
    const known = [anAccount({ id: '7100000000000000002', name: 'Harbor', currency: 'EUR' }), anAccount({ id: '7100000000000000009' })];
    expect(listPreview(list, known).map(({ account, known }) => [account.id, account.name, account.currency, known])).toEqual([
      ['7100000000000000001', 'Fable', 'USD', false],
      ['7100000000000000002', 'Harbor', 'EUR', true],
    ]);
  });
});
