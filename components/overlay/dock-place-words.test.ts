// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { DockPlace } from '../../lib/overlay/dock-placement';
import { DockPlacer } from './dock-place';

const clearOfWords: DockPlace = { edge: 'left', left: 8, top: 100, width: 340, height: 300, clear: true };
const clearOfWordsIn = vi.hoisted(() => vi.fn<() => DockPlace | null>());
vi.mock('./words-on-screen', () => ({ clearOfWordsIn }));

describe("the dock's placement clear of the page's words", () => {
  it('is asked from the first placement, folded, before the dock ever opens', () => {
    clearOfWordsIn.mockReturnValue(clearOfWords);
    const dock = document.body.appendChild(document.createElement('section'));
    const balance = { left: 0, top: 0, width: 100, height: 20 };
    const placer = new DockPlacer(dock, () => {});
    placer.update({ open: false, edge: 'right', surroundings: { keepClear: () => [balance] } }, 'first paint');
    expect(clearOfWordsIn).toHaveBeenLastCalledWith(document, [balance], expect.objectContaining({ minHeight: expect.any(Number) }), 'right', null);
    expect(placer.place).toEqual(clearOfWords);
    placer.destroy();
  });

  it("takes the usual place on the user's edge where no place is clear of the words", () => {
    clearOfWordsIn.mockReturnValue(null);
    const dock = document.body.appendChild(document.createElement('section'));
    const placer = new DockPlacer(dock, () => {});
    placer.update({ open: true, edge: 'right', surroundings: { keepClear: () => [] } }, 'no room');
    expect(clearOfWordsIn).toHaveBeenLastCalledWith(document, [], expect.objectContaining({ width: 340 }), 'right', null);
    expect(placer.place).toMatchObject({ edge: 'right', clear: true });
    placer.destroy();
  });
});
