import { describe, expect, it } from 'vitest';
import { reloadOnChange } from './reload';

/** A load the test finishes by hand, numbered in the order it was started. */
function manualLoads() {
  const pending: ((value: number) => void)[] = [];
  return {
    load: () => new Promise<number>((resolve) => pending.push(resolve)),
    finish: async (index: number) => {
      pending[index]!(index);
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
    started: () => pending.length,
  };
}

describe('following changes', () => {
  it('loads once more for any number of changes during a load, and hands on only the newest', async () => {
    const loads = manualLoads();
    const seen: number[] = [];
    const follow = reloadOnChange(loads.load, (value) => seen.push(value));
    follow.changed();
    follow.changed();
    follow.changed();
    expect(loads.started()).toBe(1);
    await loads.finish(0);
    // Changes came in during load 0: it is stale, so it is not handed on; one more load runs.
    expect(seen).toEqual([]);
    expect(loads.started()).toBe(2);
    await loads.finish(1);
    expect(seen).toEqual([1]);
  });

  it('hands nothing on after stop', async () => {
    const loads = manualLoads();
    const seen: number[] = [];
    const follow = reloadOnChange(loads.load, (value) => seen.push(value));
    follow.changed();
    follow.stop();
    await loads.finish(0);
    follow.changed();
    expect(seen).toEqual([]);
    expect(loads.started()).toBe(1);
  });
});
