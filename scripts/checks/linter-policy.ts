/**
 * Judges an addons-linter report: zero errors, zero warnings, except warnings an allowance in
 * ./linter-allowances.ts excuses; an allowance that excuses nothing is stale and fails too.
 */
import { LINTER_ALLOWANCES, type LinterAllowance } from './linter-allowances';

/** One message of `addons-linter --output json` (its `errors`, `warnings`, `notices` entries). */
export interface LinterMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}
export interface LinterReport {
  errors: LinterMessage[];
  warnings: LinterMessage[];
  notices: LinterMessage[];
}

/** The built code around a reported spot, or null when the file or line is not there. */
export type SourceAt = (file: string, line: number, column: number) => string | null;

export interface LinterVerdict {
  /** Errors, and warnings no allowance excuses. */
  failures: LinterMessage[];
  allowed: { finding: LinterMessage; allowance: LinterAllowance }[];
  stale: LinterAllowance[];
  notices: LinterMessage[];
}

// Rules report columns 0- or 1-based, at the expression or the name before it: the excused code must
// start within a few characters of the reported column, so a bundle's one long line cannot lend a
// finding the excuse of a neighbouring statement.
const SLACK = 8;
const WINDOW_AFTER = 200;

/** The code from just before a reported column on, read from file contents. */
export function sourceWindow(contents: string, line: number, column: number): string | null {
  const text = contents.split('\n')[line - 1];
  if (text === undefined) return null;
  return text.slice(Math.max(0, column - SLACK), column + WINDOW_AFTER);
}

export function judgeLinterReport(
  report: LinterReport,
  sourceAt: SourceAt,
  allowances: readonly LinterAllowance[] = LINTER_ALLOWANCES,
): LinterVerdict {
  const used = new Set<LinterAllowance>();
  const allowed: LinterVerdict['allowed'] = [];
  const failures: LinterMessage[] = [...report.errors];
  for (const finding of report.warnings) {
    const allowance = allowances.find((a) => excuses(a, finding, sourceAt));
    if (allowance) {
      used.add(allowance);
      allowed.push({ finding, allowance });
    } else failures.push(finding);
  }
  return { failures, allowed, stale: allowances.filter((a) => !used.has(a)), notices: report.notices };
}

function excuses(allowance: LinterAllowance, finding: LinterMessage, sourceAt: SourceAt): boolean {
  if (finding.code !== allowance.code || !finding.file || !allowance.file.test(finding.file)) return false;
  if (finding.line === undefined || finding.column === undefined) return false;
  const code = sourceAt(finding.file, finding.line, finding.column);
  if (code === null) return false;
  const match = new RegExp(allowance.snippet.source, allowance.snippet.flags.replace(/[gy]/g, '')).exec(code);
  return match !== null && match.index <= 2 * SLACK;
}

/** One line per finding, as the check prints it. */
export function describeFinding(finding: LinterMessage): string {
  const where = finding.file ? ` ${finding.file}${finding.line !== undefined ? `:${finding.line}:${finding.column ?? 0}` : ''}` : '';
  return `${finding.code}${where}: ${finding.message}`;
}
