import { describe, expect, it } from 'vitest';
import { flattenObservations, groupObservations, recordObservation } from './observations';
import { ACCOUNT_ID, anObservation } from './test-fixtures';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 9, minute)).toISOString();

describe('observations', () => {
  it('a page left open: a run of identical readings keeps when it began and when it was last seen', () => {
    let list = recordObservation([], anObservation({ at: at(0) }));
    for (let minute = 1; minute <= 30; minute++) list = recordObservation(list, anObservation({ at: at(minute) }));
    expect(list.map((o) => o.at)).toEqual([at(0), at(30)]);
  });

  it('a change of numbers starts a new run', () => {
    let list = recordObservation([], anObservation({ at: at(0) }));
    list = recordObservation(list, anObservation({ at: at(1) }));
    list = recordObservation(list, anObservation({ at: at(2), spendSoFar: '150.00' }));
    list = recordObservation(list, anObservation({ at: at(3), spendSoFar: '150.00' }));
    expect(list.map((o) => [o.at, o.spendSoFar])).toEqual([
      [at(0), '100.00'],
      [at(1), '100.00'],
      [at(2), '150.00'],
      [at(3), '150.00'],
    ]);
  });

  it('the same reading recorded twice by two tabs at the same moment is stored once', () => {
    const list = recordObservation([anObservation({ at: at(0) })], anObservation({ at: at(0) }));
    expect(list).toHaveLength(1);
  });

  it('a late reading from a sleeping tab goes where it belongs in time', () => {
    const list = recordObservation([anObservation({ at: at(0) }), anObservation({ at: at(10), spendSoFar: '2' })], anObservation({ at: at(5), spendSoFar: '1' }));
    expect(list.map((o) => o.at)).toEqual([at(0), at(5), at(10)]);
  });

  it('keeps only the newest readings per account beyond the cap', () => {
    let list = [anObservation({ at: at(0), spendSoFar: '0' })];
    for (let i = 1; i < 8; i++) list = recordObservation(list, anObservation({ at: at(i), spendSoFar: String(i) }), 5);
    expect(list.map((o) => o.spendSoFar)).toEqual(['3', '4', '5', '6', '7']);
  });

  it('does not modify the list it was given', () => {
    const list = Object.freeze([anObservation({ at: at(0) })]);
    recordObservation(list, anObservation({ at: at(1), spendSoFar: '5' }));
    expect(list).toHaveLength(1);
  });

  it('groups a flat export list per account in time order, and flattens it back', () => {
    const other = '7000000000000000001';
    const flat = [anObservation({ at: at(5) }), anObservation({ accountId: other, at: at(1) }), anObservation({ at: at(2), spendSoFar: '1' })];
    const grouped = groupObservations(flat);
    expect(grouped[ACCOUNT_ID]!.map((o) => o.at)).toEqual([at(2), at(5)]);
    expect(grouped[other]).toHaveLength(1);
    expect(flattenObservations(grouped)).toHaveLength(3);
  });
});
