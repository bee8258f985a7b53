import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * The seeds random property tests run on. `npm test` is deterministic: every property runs on
 * `SUITE_SEED`, plus the seeds that once found a bug (each kept as a regression case beside its test).
 * `npm run fuzz` (scripts/fuzz.ts) sets `FUZZ_SEED` (and optionally `FUZZ_RUNS`): then a property
 * runs on that fresh seed alone, so a failure names the one seed that reproduces it. With `FUZZ_LOG`
 * set, each property's outcome is appended there as a JSON line (`FuzzLogLine`) for the fuzz runner.
 */
export const SUITE_SEED = 20_261_124;

/** A seed that once made a property fail, with the run count it failed at (a stateful property needs both). */
export interface KnownSeed {
  seed: number;
  numRuns: number;
  /** The issue or commit that fixed what it found. */
  why: string;
}

export interface FuzzSettings {
  seed: number;
  /** Runs per property; when unset, each property keeps its own count. */
  numRuns: number | null;
}

/** The fuzz run's seed from the environment, or null under `npm test`. A malformed value is an error, not a silent fixed run. */
export function fuzzSettings(env: Record<string, string | undefined> = process.env): FuzzSettings | null {
  const seedText = env.FUZZ_SEED;
  if (seedText === undefined || seedText === '') return null;
  const seed = Number(seedText);
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be an integer, got "${seedText}"`);
  const runsText = env.FUZZ_RUNS;
  const numRuns = runsText === undefined || runsText === '' ? null : Number(runsText);
  if (numRuns !== null && !(Number.isInteger(numRuns) && numRuns > 0)) throw new Error(`FUZZ_RUNS must be a positive integer, got "${runsText}"`);
  return { seed, numRuns };
}

/**
 * The seed a test draws its cases with when it samples them rather than asserts a property (a test that
 * works out every case first, then checks them): the suite's under `npm test`, the fuzz run's fresh one
 * under `npm run fuzz`.
 */
export const sampleSeed = (fuzz = fuzzSettings()): number => fuzz?.seed ?? SUITE_SEED;

/** The (seed, run count) pairs a property runs on, in order. */
export function seedRuns(numRuns: number, known: readonly KnownSeed[] = [], fuzz = fuzzSettings()): { seed: number; numRuns: number }[] {
  if (fuzz) return [{ seed: fuzz.seed, numRuns: fuzz.numRuns ?? numRuns }];
  return [{ seed: SUITE_SEED, numRuns }, ...known.map(({ seed, numRuns: runs }) => ({ seed, numRuns: runs }))];
}

/** One property's outcome, as `FUZZ_LOG` receives it. */
export interface FuzzLogLine {
  test: string;
  /** The test's file, relative to the working directory, for the replay line. */
  file?: string;
  seed: number;
  /** Cases that ran (up to and including a failing one). */
  ran: number;
  failed: boolean;
  /** fast-check's replay path of the failure (`fc.assert(…, { seed, path })`), else null. */
  path: string | null;
}

/**
 * `fc.assert` with explicit parameters, also reporting the outcome to `FUZZ_LOG`. On failure it
 * throws fast-check's own report (seed, path, counterexample) with the test's error as the cause.
 */
export function checkProperty<Ts>(property: fc.IProperty<Ts>, parameters: fc.Parameters<Ts> & { seed: number; numRuns: number }): void {
  const details = fc.check(property, parameters);
  const log = process.env.FUZZ_LOG;
  if (log) {
    const line: FuzzLogLine = {
      test: expect.getState().currentTestName ?? '(outside a test)',
      file: testFile(),
      seed: parameters.seed,
      ran: details.numRuns,
      failed: details.failed,
      path: details.failed ? details.counterexamplePath : null,
    };
    appendFileSync(log, `${JSON.stringify(line)}\n`);
  }
  if (details.failed) throw new Error(fc.defaultReportMessage(details) ?? `Property failed (seed ${parameters.seed})`, { cause: details.errorInstance });
}

const testFile = (): string | undefined => {
  const path = expect.getState().testPath;
  return path === undefined ? undefined : relative(process.cwd(), path);
};

/** `checkProperty` on each of the property's seeds. */
export function assertOnSeeds<Ts>(property: fc.IProperty<Ts>, numRuns: number, known: readonly KnownSeed[] = []): void {
  for (const parameters of seedRuns(numRuns, known)) checkProperty(property, parameters);
}
