/**
 * `npm run fuzz [-- --runs N] [--minutes M] [--only incremental|reader|import|properties]...`
 *
 * Runs the random property tests on fresh seeds, round after round, until each chosen target has run
 * N cases (`--runs`) or M minutes have passed (`--minutes`; a round under way finishes); with
 * neither, one round of each. Targets: the kept reader against a fresh one (incremental), the reader
 * fed hostile pages (reader), imported notes under attack (import), and every other property test on
 * the seeds helper (properties; scripts/checks/property-seeds.ts keeps each property on it). `npm test` runs the same
 * properties on fixed seeds (tests/support/property-seeds.ts); here every round draws a new seed, so
 * a failure prints the seed, the test and the command that replays it, and the exit code is 1.
 * Run it under `nice` on a shared machine.
 */
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FuzzLogLine } from '../tests/support/property-seeds';
import { propertyTestFiles } from './checks/property-seeds';
import { invokedDirectly } from './invoked-directly';

export type Target = 'incremental' | 'reader' | 'import' | 'properties';
const DEDICATED: Record<Exclude<Target, 'properties'>, string> = {
  incremental: 'lib/reader/read-page.incremental.test.ts',
  reader: 'tests/unit/fuzz-reader.test.ts',
  import: 'tests/unit/fuzz-import.test.ts',
};
/** The test files each target runs: the three above alone, and `properties`, every other property on the seeds helper (the board's, the calendar's, the hints', the reader's parts'). */
export const TARGETS: Record<Target, readonly string[]> = {
  incremental: [DEDICATED.incremental],
  reader: [DEDICATED.reader],
  import: [DEDICATED.import],
  properties: propertyTestFiles().filter((file) => !Object.values(DEDICATED).includes(file)),
};

export interface FuzzOptions {
  runs: number | null;
  minutes: number | null;
  only: Target[];
}

/** The command line as options; a wrong flag or value is an error with the usage, never a guess. */
export function parseFuzzArgs(args: readonly string[]): FuzzOptions {
  const options: FuzzOptions = { runs: null, minutes: null, only: [] };
  const positive = (flag: string, value: string | undefined) => {
    const number = Number(value);
    if (value === undefined || !Number.isFinite(number) || number <= 0) throw new Error(`${flag} needs a positive number, got ${value ?? 'nothing'}`);
    return number;
  };
  for (let index = 0; index < args.length; index++) {
    const flag = args[index]!;
    const value = args[index + 1];
    if (flag === '--runs') options.runs = Math.ceil(positive(flag, value));
    else if (flag === '--minutes') options.minutes = positive(flag, value);
    else if (flag === '--only') {
      if (!value || !(value in TARGETS)) throw new Error(`--only takes one of ${Object.keys(TARGETS).join(', ')}, got ${value ?? 'nothing'}`);
      options.only.push(value as Target);
    } else throw new Error(`unknown argument ${flag}; usage: npm run fuzz -- [--runs N] [--minutes M] [--only ${Object.keys(TARGETS).join('|')}]`);
    index++;
  }
  return options;
}

export interface RoundResult {
  target: Target;
  seed: number;
  ran: number;
  failures: FuzzLogLine[];
  /** vitest failed without a property failing (a plain test, a crash): its output's tail. */
  otherFailure: string | null;
}

/** The line that replays a failure: the same seed on the same test. */
export function replayCommand(target: Target, failure: Pick<FuzzLogLine, 'seed' | 'test' | 'file'>, numRuns?: number): string {
  const runs = numRuns === undefined ? '' : ` FUZZ_RUNS=${numRuns}`;
  // The last part of vitest's full name is the test's own; -t matches it as a pattern.
  const name = failure.test.split(' > ').at(-1)!.replace(/^'(.*)'$/, '$1').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return `FUZZ_SEED=${failure.seed}${runs} npx vitest run ${failure.file ?? TARGETS[target].join(' ')} -t ${JSON.stringify(name)}`;
}

function runRound(target: Target, seed: number, workDir: string): Promise<RoundResult> {
  const log = join(workDir, `${target}-${seed}.jsonl`);
  return new Promise((resolve, reject) => {
    // A fuzz round hunts wrong answers: a test that is slow on a busy machine is not one, so vitest's
    // per-test timeout is lifted. The tests' own time bounds (fuzz-reader's BOUND_MS) still apply.
    const child = spawn(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...TARGETS[target], '--reporter=dot', '--testTimeout=600000'], {
      env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_LOG: log },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-6000)));
    child.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-6000)));
    child.on('error', reject);
    child.on('close', (code) => {
      let lines: FuzzLogLine[] = [];
      try {
        lines = readFileSync(log, 'utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as FuzzLogLine);
      } catch {
        // no property ran (vitest failed to start): reported below as another failure
      }
      const failures = lines.filter((line) => line.failed);
      const ran = lines.reduce((sum, line) => sum + line.ran, 0);
      const otherFailure = code !== 0 && failures.length === 0 ? output : lines.length === 0 ? `no property ran\n${output}` : null;
      resolve({ target, seed, ran, failures, otherFailure });
    });
  });
}

/** A fresh 32-bit seed, as fast-check takes them. */
const freshSeed = () => randomInt(-(2 ** 31), 2 ** 31);

export async function fuzz(options: FuzzOptions, print: (line: string) => void = console.log): Promise<{ ran: Record<Target, number>; failed: boolean }> {
  const targets = options.only.length > 0 ? [...new Set(options.only)] : (Object.keys(TARGETS) as Target[]);
  const ran = Object.fromEntries(targets.map((target) => [target, 0])) as Record<Target, number>;
  const deadline = options.minutes === null ? null : Date.now() + options.minutes * 60_000;
  const oneRound = options.runs === null && deadline === null;
  const workDir = mkdtempSync(join(tmpdir(), 'credit-lens-fuzz-'));
  let failed = false;
  let rounds = 0;
  const finish = (anyFailed: boolean) => {
    print(`cases run: ${targets.map((target) => `${target} ${ran[target]}`).join(', ')}; ${anyFailed ? 'FAILURES above' : 'no failure'}`);
    return { ran, failed: anyFailed };
  };
  try {
    for (;;) {
      const due = targets.filter((target) => options.runs === null || ran[target] < options.runs);
      if (due.length === 0 || (deadline !== null && Date.now() >= deadline) || (oneRound && rounds > 0)) break;
      rounds++;
      for (const target of due) {
        if (deadline !== null && Date.now() >= deadline) break;
        const result = await runRound(target, freshSeed(), workDir);
        ran[target] += result.ran;
        print(`${target}: seed ${result.seed}, ${result.ran} cases${result.failures.length || result.otherFailure ? ', FAILED' : ''} (total ${ran[target]})`);
        for (const failure of result.failures) {
          failed = true;
          print(`  FAILED ${failure.test}: seed ${failure.seed}, path "${failure.path}", after ${failure.ran} cases`);
          print(`  replay: ${replayCommand(target, failure)}`);
        }
        if (result.otherFailure) {
          failed = true;
          print(`  FAILED outside a property (seed ${result.seed}):\n${result.otherFailure}`);
        }
        // Nothing ran: the setup is broken (vitest missing, a syntax error), and every round would say the same.
        if (result.ran === 0) return finish(true);
      }
    }
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  return finish(failed);
}

if (invokedDirectly(import.meta.url)) {
  let options: FuzzOptions;
  try {
    options = parseFuzzArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const { failed } = await fuzz(options);
  process.exit(failed ? 1 : 0);
}
