/**
 * Which catalogue keys a surface names, for the scope tests (components/board, components/popup): a key
 * outside the surface's scope would show as the key itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCatalog } from '../../lib/i18n/node-catalog';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const IMPORT = /(?:from\s*|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g;
const STATIC_IMPORT = /(?:from\s*|import\s+)['"]([^'"]+)['"]/g;
const LITERAL = /['"`]([A-Za-z]+(?:\.[A-Za-z0-9]+)+)['"`]/g;

/** The project files a module reaches through relative and `@/` imports, static or lazy (or static only: what loads with it). */
export function moduleGraph(entry: string, { lazy = true }: { lazy?: boolean } = {}): string[] {
  const seen = new Set<string>();
  const queue = [join(ROOT, entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // Type-only imports are erased: they load nothing.
    const loaded = lazy ? code : code.replace(/(?:import|export)\s+type\s[^;]*;/g, '');
    for (const [, spec] of loaded.matchAll(lazy ? IMPORT : STATIC_IMPORT)) {
      const base = spec!.startsWith('@/') ? join(ROOT, spec!.slice(2)) : spec!.startsWith('.') ? resolve(dirname(file), spec!) : null;
      const found = base && [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((path) => /\.tsx?$/.test(path) && existsSync(path));
      if (found) queue.push(found);
    }
  }
  return [...seen].map((file) => file.slice(ROOT.length + 1));
}

/** Every English catalogue key named as a literal in `files` (paths from the project root). */
export function keysNamedIn(files: readonly string[]): string[] {
  const keys = new Set(Object.keys(readCatalog('en')));
  return files.flatMap((file) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(LITERAL)].map((m) => m[1]!).filter((key) => keys.has(key)));
}

/** The named keys whose group is not in `scope`. */
export const outside = (named: readonly string[], scope: readonly string[]) => [...new Set(named.filter((key) => !scope.includes(key.split('.')[0]!)))];
