/**
 * Where things are in a JSON text, so an import error can say "line 48" and not only
 * `offers[2].threshold`. JSON.parse keeps no positions, hence this small scanner. It assumes text
 * JSON.parse already accepted, and it is iterative so a deeply nested file cannot overflow the stack.
 */
import { appendPath } from './issues';

interface Frame {
  kind: 'object' | 'array';
  path: string;
  index: number;
}

/** The line (1-based) of each wanted path: a field's key, an array item's first character. */
export function linesOfPaths(text: string, wanted: ReadonlySet<string>): Map<string, number> {
  const lines = new Map<string, number>();
  const record = (path: string, line: number) => {
    if (wanted.has(path) && !lines.has(path)) lines.set(path, line);
  };
  const stack: Frame[] = [];
  let i = 0;
  let line = 1;
  let valuePath: string | null = '';

  const skipSpace = () => {
    for (; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
    }
  };
  const skipString = () => {
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
  };
  const readKey = (): string => {
    const start = i;
    skipString();
    return JSON.parse(text.slice(start, i)) as string;
  };

  while (i < text.length && lines.size < wanted.size) {
    skipSpace();
    if (i >= text.length) break;
    const c = text[i];
    if (valuePath !== null) {
      record(valuePath, line);
      if (c === '{' || c === '[') {
        stack.push({ kind: c === '{' ? 'object' : 'array', path: valuePath, index: 0 });
        i++;
      } else if (c === '"') skipString();
      else while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
      valuePath = null;
      continue;
    }
    const frame = stack[stack.length - 1];
    if (!frame) break;
    if (c === '}' || c === ']') {
      stack.pop();
      i++;
    } else if (c === ',') i++;
    else if (frame.kind === 'object') {
      const key = readKey();
      valuePath = appendPath(frame.path, key);
      record(valuePath, line);
      skipSpace();
      i++; // the colon
    } else valuePath = appendPath(frame.path, frame.index++);
  }
  return lines;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lastBreak = before.lastIndexOf('\n');
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lastBreak };
}

/**
 * Where JSON.parse stopped, from its message: V8 says "at position 123" (newer versions add
 * "(line 3 column 5)"), Firefox "at line 3 column 5", and "end of JSON input" means the end.
 */
export function jsonErrorLocation(message: string, text: string): { line: number; column: number } | null {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /at position (\d+)/.exec(message);
  if (position) return lineAndColumn(text, Number(position[1]));
  if (/end of (JSON )?(input|data)/i.test(message)) return lineAndColumn(text, text.length);
  return null;
}
