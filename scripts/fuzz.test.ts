import { describe, expect, it } from 'vitest';
import { parseFuzzArgs, replayCommand, TARGETS } from './fuzz';

describe('npm run fuzz', () => {
  it('takes a case count, a time, and targets', () => {
    expect(parseFuzzArgs([])).toEqual({ runs: null, minutes: null, only: [] });
    expect(parseFuzzArgs(['--runs', '20000', '--minutes', '1.5', '--only', 'incremental', '--only', 'import'])).toEqual({ runs: 20000, minutes: 1.5, only: ['incremental', 'import'] });
  });

  it("explores every property on the seeds helper: the three dedicated targets' files alone, the rest under properties", () => {
    expect(TARGETS.incremental).toEqual(['lib/reader/read-page.incremental.test.ts']);
    expect(TARGETS.properties).toEqual(expect.arrayContaining(['lib/board/rows.property.test.ts', 'lib/credit/calendar.property.test.ts', 'lib/hints/index.property.test.ts']));
    for (const file of [...TARGETS.incremental, ...TARGETS.reader, ...TARGETS.import]) expect(TARGETS.properties).not.toContain(file);
  });

  it('refuses what it does not understand instead of fuzzing something else', () => {
    expect(() => parseFuzzArgs(['--runs'])).toThrow(/--runs needs a positive number/);
    expect(() => parseFuzzArgs(['--minutes', '-1'])).toThrow(/--minutes needs a positive number/);
    expect(() => parseFuzzArgs(['--only', 'everything'])).toThrow(/--only takes one of incremental, reader, import, properties/);
    expect(() => parseFuzzArgs(['--seed', '1'])).toThrow(/unknown argument --seed/);
  });

  it('prints a replay line that runs the failing test on its seed', () => {
    const failure = { seed: -1087887217, test: "a reader told about changes reads what a fresh reader reads > 'fr-automatic-payment'" };
    expect(replayCommand('incremental', failure)).toBe('FUZZ_SEED=-1087887217 npx vitest run lib/reader/read-page.incremental.test.ts -t "fr-automatic-payment"');
    expect(replayCommand('reader', { seed: 5, test: 'x > keeps markup (as text)' }, 30)).toBe('FUZZ_SEED=5 FUZZ_RUNS=30 npx vitest run tests/unit/fuzz-reader.test.ts -t "keeps markup \\\\(as text\\\\)"');
    // A target of many files replays the one the failure came from.
    expect(replayCommand('properties', { seed: 9, test: 'calendar > starts a day', file: 'lib/credit/calendar.property.test.ts' })).toBe(
      'FUZZ_SEED=9 npx vitest run lib/credit/calendar.property.test.ts -t "starts a day"',
    );
  });
});
