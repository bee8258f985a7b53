import { describe, expect, it } from 'vitest';
import { aFix } from '../notes/test-fixtures';
import { LostFixNotices } from './lost-fixes';

describe('a fix that no longer finds its element', () => {
  const AT = new Date('2026-11-24T10:00:00.000Z');

  it('is told once: marked lost in the notes, shown by this tab, silent on later reads and once marked', () => {
    const sent: unknown[] = [];
    const notices = new LostFixNotices((op) => sent.push(op));
    const fix = aFix();
    notices.update([], [fix], AT);
    notices.update([], [fix], AT); // the next read, before storage echoes the mark
    expect(sent).toEqual([{ type: 'fix/lost', id: fix.id, at: AT.toISOString() }]);
    expect(notices.told).toEqual([fix]);

    const elsewhere = new LostFixNotices((op) => sent.push(op));
    elsewhere.update([], [{ ...fix, lostAt: AT.toISOString() }], AT);
    expect(elsewhere.told).toEqual([]);
    expect(sent).toHaveLength(1);
  });

  it('found again, loses its mark so a later loss is told again', () => {
    const sent: unknown[] = [];
    const notices = new LostFixNotices((op) => sent.push(op));
    const marked = aFix({ lostAt: AT.toISOString() });
    notices.update([marked], [], AT);
    expect(sent).toEqual([{ type: 'fix/lost', id: marked.id, at: null }]);
    notices.update([], [aFix()], AT);
    expect(sent).toHaveLength(2);
    expect(notices.told.map((fix) => fix.id)).toEqual([marked.id]);
  });
});
