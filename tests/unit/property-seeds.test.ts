import { describe, expect, it } from 'vitest';
import { fuzzSettings, seedRuns, SUITE_SEED } from '../support/property-seeds';

describe('the seeds property tests run on', () => {
  const known = [{ seed: -1087887217, numRuns: 60, why: 'issue 11' }];

  it('are fixed under npm test: the suite seed, then every seed that once failed, at its own run count', () => {
    expect(seedRuns(200, known, null)).toEqual([
      { seed: SUITE_SEED, numRuns: 200 },
      { seed: -1087887217, numRuns: 60 },
    ]);
    expect(seedRuns(200, [], null)).toEqual([{ seed: SUITE_SEED, numRuns: 200 }]);
  });

  it('are the one fresh seed a fuzz run gives, with its run count when it sets one', () => {
    expect(seedRuns(200, known, { seed: 42, numRuns: null })).toEqual([{ seed: 42, numRuns: 200 }]);
    expect(seedRuns(200, known, { seed: -7, numRuns: 5 })).toEqual([{ seed: -7, numRuns: 5 }]);
  });

  it('reads the fuzz seed from the environment and refuses a malformed one rather than run a fixed seed', () => {
    expect(fuzzSettings({})).toBeNull();
    expect(fuzzSettings({ FUZZ_SEED: '' })).toBeNull();
    expect(fuzzSettings({ FUZZ_SEED: '-12', FUZZ_RUNS: '30' })).toEqual({ seed: -12, numRuns: 30 });
    expect(fuzzSettings({ FUZZ_SEED: '12' })).toEqual({ seed: 12, numRuns: null });
    expect(() => fuzzSettings({ FUZZ_SEED: 'abc' })).toThrow(/FUZZ_SEED/);
    expect(() => fuzzSettings({ FUZZ_SEED: '1', FUZZ_RUNS: '0' })).toThrow(/FUZZ_RUNS/);
  });
});
