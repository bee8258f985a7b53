import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../lib/i18n/catalog-shape';
import { keysNamedIn, moduleGraph, outside } from '../../tests/support/catalogue-scope';

describe("the popup's catalogue scope", () => {
  it('holds every message the popup, its lazy panels and the hints it shows name (a key outside it would show as the key)', () => {
    const files = moduleGraph('entrypoints/popup/main.tsx');
    expect(files).toEqual(expect.arrayContaining(['components/popup/RejectionPanel.tsx', 'lib/hints/rules/credit-status.ts']));
    const named = keysNamedIn(files);
    expect(named).toEqual(expect.arrayContaining(['popup.supportCopied', 'hint.rejection.title']));
    expect(outside(named, SCOPES.popup)).toEqual([]);
  });

  it('leaves out what only the options page, the board and the background show', () => {
    expect(outside(['options.title', 'board.heading', 'notify.badgeTooltip', 'status.accountId'], SCOPES.popup)).toHaveLength(4);
  });
});
