// @vitest-environment happy-dom
// A file of its own: once parts.js has loaded it stays loaded for the file's other tests.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHUNK_IMPORTER } from '../../lib/handover';
import type { DockPlace } from '../../lib/overlay/dock-placement';
import { DockPlacer } from './dock-place';
import { loadParts } from './parts/load';

const clearOfWords: DockPlace = { edge: 'left', left: 8, top: 100, width: 340, height: 300, clear: true };
const clearOfWordsIn = vi.fn<() => DockPlace | null>(() => clearOfWords);
(globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] = (file: string) => (file === 'parts.js' ? Promise.resolve({ clearOfWordsIn }) : Promise.reject(new Error(file)));

afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER];
});

describe("the dock's placement, once the dock's body has loaded", () => {
  it("takes a place clear of the page's words where there is one, and the usual place where there is none", async () => {
    const dock = document.body.appendChild(document.createElement('section'));
    const balance = { left: 0, top: 0, width: 100, height: 20 };
    const surroundings = { keepClear: () => [balance] };
    const placer = new DockPlacer(dock, () => {});
    placer.update({ open: true, edge: 'right', surroundings }, 'before');
    // Before the body's module has loaded: the usual place, on the user's edge.
    expect(placer.place?.edge).toBe('right');
    expect(clearOfWordsIn).not.toHaveBeenCalled();

    await loadParts();
    placer.update({ open: true, edge: 'right', surroundings }, 'loaded');
    expect(placer.place).toEqual(clearOfWords);
    expect(clearOfWordsIn).toHaveBeenLastCalledWith(document, [balance], expect.objectContaining({ width: 340 }), 'right');

    clearOfWordsIn.mockReturnValue(null);
    placer.update({ open: true, edge: 'right', surroundings }, 'no room');
    expect(placer.place).toMatchObject({ edge: 'right', clear: true });
    placer.destroy();
  });
});
