import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../lib/i18n/catalog-shape';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, keysNamedIn, moduleGraph, outside } from '../../tests/support/catalogue-scope';

describe("the board's catalogue scope", () => {
  it('holds every message the board and its edit forms name (a key outside it would show as the key)', () => {
    const files = moduleGraph('entrypoints/board/main.tsx');
    expect(files).toEqual(expect.arrayContaining(['components/board/ItemForm.tsx', 'components/popup/StorageNotice.tsx']));
    const named = keysNamedIn(files);
    expect(named).toContain('board.heading');
    expect(outside(named, [...SCOPES.board, ...SCOPES.boardAccountList])).toEqual([]);
  });

  it("loads the pasted account list's words only with the account dialog, inside WithWords", () => {
    const firstPaint = moduleGraph('entrypoints/board/main.tsx', { lazy: false });
    expect(firstPaint).toContain('components/board/Board.tsx');
    expect(firstPaint).not.toContain('components/board/AccountForms.tsx');
    expect(outside(keysNamedIn(firstPaint), SCOPES.board)).toEqual([]);
    const usingList = moduleGraph('entrypoints/board/main.tsx').filter((file) => keysNamedIn([file]).some((key) => key.startsWith('accountList.')));
    expect(usingList).toEqual(expect.arrayContaining(['components/board/AccountForms.tsx', 'components/board/AccountListForm.tsx']));
    expect(readFileSync(join(ROOT, 'components/board/AccountForms.tsx'), 'utf8')).toMatch(/<WithWords load=\{loadAccountListTranslator\}>/);
  });
});
