/**
 * Validation issues in words a user can act on. zod/mini ships no English messages (it says "Invalid
 * input"), so a check's own message is used when it has one and the rest are spelled out here.
 */

export interface IssueLike {
  code?: string;
  path: readonly PropertyKey[];
  message: string;
  expected?: unknown;
  values?: readonly unknown[];
  minimum?: unknown;
  maximum?: unknown;
  origin?: unknown;
  input?: unknown;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Extends a path by one step, in the notation of `formatPath`. */
export function appendPath(path: string, part: PropertyKey): string {
  if (typeof part === 'number') return `${path}[${part}]`;
  const key = String(part);
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

/** `offers[2].threshold`: the notation a user sees in the file and in our messages. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(appendPath, '');
}

const typeName = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'an object' : typeof value;

const sizeWord = (origin: unknown): string => (origin === 'string' ? ' characters' : origin === 'array' ? ' items' : '');

/** Issues must come from a parse with `{ reportInput: true }` for "missing" and "got ..." to show. */
export function describeIssue(issue: IssueLike): string {
  if (issue.message && issue.message !== 'Invalid input') return `expected ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (expected ${String(issue.expected)})`
        : `expected ${String(issue.expected)}, got ${typeName(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return `expected at least ${String(issue.minimum)}${sizeWord(issue.origin)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}${sizeWord(issue.origin)}`;
    default:
      return 'not a valid value';
  }
}

/** One line per issue: `offers[2].threshold: expected decimal string like 1234.50`. */
export function describeIssues(issues: readonly IssueLike[], prefix: readonly PropertyKey[] = []): string {
  return issues
    .map((issue) => {
      const where = formatPath([...prefix, ...issue.path]);
      return where ? `${where}: ${describeIssue(issue)}` : describeIssue(issue);
    })
    .join('; ');
}
