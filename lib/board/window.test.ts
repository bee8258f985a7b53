import { describe, expect, it } from 'vitest';
import { rowWindow } from './window';

describe('row window', () => {
  it('draws the rows in view plus a margin, and keeps the rest as space', () => {
    expect(rowWindow(1000, 40, 4000, 400, 5)).toEqual({ first: 95, last: 115, padTop: 3800, padBottom: 885 * 40 });
  });
  it('starts at the top and stops at the end', () => {
    expect(rowWindow(1000, 40, 0, 400, 5)).toEqual({ first: 0, last: 15, padTop: 0, padBottom: 985 * 40 });
    expect(rowWindow(10, 40, 10_000, 400, 5)).toMatchObject({ last: 10, padBottom: 0 });
    expect(rowWindow(0, 40, 0, 400)).toEqual({ first: 0, last: 0, padTop: 0, padBottom: 0 });
  });
  it('drawn rows plus the spaces always add up to the whole list', () => {
    for (const top of [0, 13, 999, 39_990, 50_000]) {
      const w = rowWindow(1000, 40, top, 600);
      expect(w.padTop + (w.last - w.first) * 40 + w.padBottom).toBe(40_000);
    }
  });
});
