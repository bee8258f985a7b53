import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../lib/i18n/catalog-shape';
import { keysNamedIn, moduleGraph, outside } from '../../tests/support/catalogue-scope';

describe("the board's catalogue scope", () => {
  it('holds every message the board and its edit forms name (a key outside it would show as the key)', () => {
    const files = moduleGraph('entrypoints/board/main.tsx');
    expect(files).toEqual(expect.arrayContaining(['components/board/ItemForm.tsx', 'components/popup/StorageNotice.tsx']));
    const named = keysNamedIn(files);
    expect(named).toContain('board.heading');
    expect(outside(named, SCOPES.board)).toEqual([]);
  });
});
