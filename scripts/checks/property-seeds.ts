/**
 * Every random property runs through the seeds helper (tests/support/property-seeds.ts): on fixed
 * seeds under `npm test`, on a fresh seed under `npm run fuzz`. A property that calls fast-check
 * itself with a seed of its own is never explored: it runs the same cases forever, and a bug they miss
 * stays missed (the board's and the calendar's properties were so until this check).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { matchingLines, withoutComments, type LineTest } from './html-sinks';
import { PROJECT_ROOT, testFiles } from './source-files';

/**
 * fast-check's own runners, which take their seed from the caller rather than from the helper; a
 * sample (cases drawn up front) is fine on the helper's seed. Seeds in a known-seeds list (a bug's
 * regression case) are the helper's input, not a runner's, and are not flagged.
 */
const UNSEEDED: readonly [string, LineTest][] = [
  ['fc.assert (use assertOnSeeds)', /\bfc\.assert\s*\(/],
  ['fc.check (use checkProperty)', /\bfc\.check\s*\(/],
  ['a sample not on sampleSeed()', { test: (line) => /\bfc\.(?:sample|statistics)\s*\(/.test(line) && !/\bsampleSeed\s*\(/.test(line) }],
];

/** The helper's import, and a call of one of its runners. */
const IMPORTS_HELPER = /^import\s[^;]*from\s+['"][./]*(?:tests\/)?support\/property-seeds['"]/m;
const RUNS_ON_HELPER = /\b(?:assertOnSeeds|checkProperty|sampleSeed)\s*\(/;

export interface UnseededProperty {
  file: string;
  line: number;
  what: string;
}

/** The places in one test file where a property picks its own seed. */
export function findUnseededProperties(file: string, source: string): UnseededProperty[] {
  return matchingLines(source, UNSEEDED).map(({ line, name }) => ({ file, line, what: name }));
}

/** Whether a test file runs properties through the helper: what `npm run fuzz` explores. */
export const usesSeedsHelper = (source: string): boolean => IMPORTS_HELPER.test(source) && RUNS_ON_HELPER.test(withoutComments(source));

/** The test files with properties on the helper's seeds. */
export const propertyTestFiles = (root: string = PROJECT_ROOT): string[] =>
  testFiles(root).filter((file) => usesSeedsHelper(readFileSync(join(root, file), 'utf8')));
