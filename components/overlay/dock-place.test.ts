// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Box } from '../../lib/overlay/outline-geometry';
import { DockPlacer } from './dock-place';

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

/** A dock in the page (of this content's size, where given), what it must keep clear of (counted: one call per measure), and its placer. */
function placed(boxes: Box[] = [], size?: { width: number; height: number }) {
  const dock = document.body.appendChild(document.createElement('section'));
  if (size) {
    Object.defineProperty(dock, 'offsetWidth', { value: size.width });
    Object.defineProperty(dock, 'scrollHeight', { value: size.height });
  }
  const keepClear = vi.fn(() => boxes);
  const moved = vi.fn();
  const placer = new DockPlacer(dock, moved);
  return { dock, keepClear, moved, placer, surroundings: { keepClear } };
}

describe("the dock's placement", () => {
  it('measures when the dock opens or folds, changes edge or its content changes, and only then', () => {
    const { keepClear, moved, placer, surroundings } = placed();
    expect(placer.place).toBeNull();
    placer.update({ open: false, edge: 'right', surroundings }, 'a');
    expect(keepClear).toHaveBeenCalledTimes(1);
    expect(moved).toHaveBeenCalledTimes(1);
    expect(placer.place?.edge).toBe('right');
    placer.update({ open: false, edge: 'right', surroundings }, 'a');
    expect(keepClear).toHaveBeenCalledTimes(1);
    placer.update({ open: false, edge: 'right', surroundings }, 'b');
    expect(keepClear).toHaveBeenCalledTimes(2);
    // Measured again in the same place: nothing to redraw.
    expect(moved).toHaveBeenCalledTimes(1);
    placer.update({ open: true, edge: 'right', surroundings }, 'b');
    placer.update({ open: true, edge: 'left', surroundings }, 'b');
    expect(keepClear).toHaveBeenCalledTimes(4);
    expect(placer.place?.edge).toBe('left');
    expect(moved).toHaveBeenCalledTimes(3);
    placer.destroy();
  });

  it('looks for space again once the window has stopped scrolling or resizing, and not after it is gone', () => {
    vi.useFakeTimers();
    const { keepClear, placer, surroundings } = placed();
    placer.update({ open: false, edge: 'right', surroundings }, 'a');
    for (let i = 0; i < 5; i++) {
      document.dispatchEvent(new Event('scroll'));
      vi.advanceTimersByTime(50);
    }
    expect(keepClear).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120);
    expect(keepClear).toHaveBeenCalledTimes(2);
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(120);
    expect(keepClear).toHaveBeenCalledTimes(3);
    document.dispatchEvent(new Event('scroll'));
    placer.destroy();
    window.dispatchEvent(new Event('resize'));
    vi.advanceTimersByTime(500);
    expect(keepClear).toHaveBeenCalledTimes(3);
  });

  it('looks for space again once a box it keeps clear of has stopped moving, and not after it is gone', () => {
    vi.useFakeTimers();
    const boxes: Box[] = [];
    const { keepClear, placer, surroundings } = placed(boxes, { width: 340, height: 200 });
    placer.update({ open: true, edge: 'right', surroundings }, 'a');
    const before = placer.place!;
    // The callout comes where the dock is, and follows its field for a few frames.
    for (let i = 0; i < 3; i++) {
      boxes.splice(0, 1, { left: before.left + 10, top: before.top + 10 + i, width: 240, height: 50 });
      placer.surroundingsMoved();
      vi.advanceTimersByTime(16);
    }
    expect(keepClear).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120);
    expect(keepClear).toHaveBeenCalledTimes(2);
    expect(placer.place).not.toEqual(before);
    placer.destroy();
    placer.surroundingsMoved();
    vi.advanceTimersByTime(500);
    expect(keepClear).toHaveBeenCalledTimes(2);
  });

  it('after a scroll, stays where it is while nothing is under it, and moves once something is', () => {
    vi.useFakeTimers();
    const boxes: Box[] = [];
    const { moved, placer, surroundings } = placed(boxes, { width: 300, height: 40 });
    const scrolled = (...now: Box[]) => {
      boxes.splice(0, boxes.length, ...now);
      document.dispatchEvent(new Event('scroll'));
      vi.advanceTimersByTime(200);
    };
    placer.update({ open: false, edge: 'right', surroundings }, 'a');
    const corner = placer.place!;
    // A balance scrolls into the corner: the pill moves up above it.
    scrolled({ left: corner.left, top: corner.top - 10, width: 200, height: 60 });
    const above = placer.place!;
    expect(above.top + above.height).toBeLessThan(corner.top - 10);
    expect(moved).toHaveBeenCalledTimes(2);
    // The balance scrolls on past it and out of the window: the pill stays, as it does for one beside it.
    scrolled({ left: corner.left, top: -100, width: 200, height: 60 });
    scrolled({ left: 0, top: above.top, width: 200, height: 60 });
    expect(placer.place).toBe(above);
    expect(moved).toHaveBeenCalledTimes(2);
    // A row scrolls under it: it moves off it.
    scrolled({ left: corner.left, top: above.top + 5, width: 200, height: 20 });
    expect(placer.place).not.toBe(above);
    expect(moved).toHaveBeenCalledTimes(3);
    placer.destroy();
  });
});
