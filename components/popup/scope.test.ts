import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../lib/i18n/catalog-shape';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, keysNamedIn, moduleGraph, outside } from '../../tests/support/catalogue-scope';

describe("the popup's catalogue scope", () => {
  it('holds every message the popup, its lazy panels and the hints it shows name (a key outside it would show as the key)', () => {
    const files = moduleGraph('entrypoints/popup/main.tsx');
    expect(files).toEqual(expect.arrayContaining(['components/popup/RejectionPanel.tsx', 'lib/hints/rules/credit-status.ts']));
    const named = keysNamedIn(files);
    expect(named).toEqual(expect.arrayContaining(['popup.supportCopied', 'hint.rejection.title']));
    expect(outside(named, [...SCOPES.popup, ...SCOPES.popupGuides])).toEqual([]);
  });

  it('loads the guides\' words only with the panels that show a guide, inside WithWords', () => {
    const firstPaint = moduleGraph('entrypoints/popup/main.tsx', { lazy: false });
    expect(firstPaint).toContain('components/popup/Popup.tsx');
    expect(firstPaint).not.toContain('components/popup/PanelView.tsx');
    expect(outside(keysNamedIn(firstPaint), SCOPES.popup)).toEqual([]);
    const showingGuides = moduleGraph('entrypoints/popup/main.tsx').filter(
      (file) => file.startsWith('components/popup/') && /from '\.\.\/guides\//.test(readFileSync(join(ROOT, file), 'utf8')),
    );
    expect(showingGuides).toEqual(expect.arrayContaining(['components/popup/PanelView.tsx', 'components/popup/RejectionPanel.tsx']));
    for (const file of showingGuides) expect(readFileSync(join(ROOT, file), 'utf8'), file).toMatch(/<WithWords load=\{loadPopupGuidesTranslator\}>/);
  });

  it('leaves out what only the options page, the board and the background show', () => {
    expect(outside(['options.title', 'board.heading', 'notify.badgeTooltip', 'status.accountId'], SCOPES.popup)).toHaveLength(4);
  });
});
