import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCOPES } from '../../lib/i18n/catalog-shape';
import { readCatalog } from '../../lib/i18n/node-catalog';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const IMPORT = /(?:from\s*|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
const LITERAL = /['"`]([A-Za-z]+(?:\.[A-Za-z0-9]+)+)['"`]/g;

/** The project files a module reaches through relative and `@/` imports, static or lazy. */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const base = spec!.startsWith('@/') ? join(ROOT, spec!.slice(2)) : spec!.startsWith('.') ? resolve(dirname(file), spec!) : null;
      const found = base && [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => /\.tsx?$/.test(path) && existsSync(path));
      if (found) queue.push(found);
    }
  }
  return [...seen];
}

describe("the board's catalogue scope", () => {
  it('holds every message the board and its edit forms name (a key outside it would show as the key)', () => {
    const keys = new Set(Object.keys(readCatalog('en')));
    const files = moduleGraph(join(ROOT, 'entrypoints/board/main.tsx'));
    expect(files.map((file) => file.slice(ROOT.length + 1))).toEqual(expect.arrayContaining(['components/board/ItemForm.tsx', 'components/popup/StorageNotice.tsx']));
    const named = files.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(LITERAL)].map((m) => m[1]!).filter((key) => keys.has(key)));
    expect(named).toContain('board.heading');
    const board: readonly string[] = SCOPES.board;
    expect([...new Set(named.filter((key) => !board.includes(key.split('.')[0]!)))]).toEqual([]);
  });
});
