import { readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The files under `dirs` of `root` whose name `keep` accepts, as absolute paths. */
function filesUnder(root: string, dirs: readonly string[], keep: (name: string) => boolean): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (keep(entry.name)) files.push(path);
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return files;
}

/** Shipped source: everything the build bundles from our own folders (components/, entrypoints/, lib/), tests excluded. */
export const shippedSources = (root: string = PROJECT_ROOT): string[] =>
  filesUnder(root, ['components', 'entrypoints', 'lib'], (name) => /\.(ts|tsx)$/.test(name) && !/\.(test|spec)\.tsx?$/.test(name));

/** Every unit test file of ours (`*.test.ts`, `*.test.tsx`), relative to `root`, in a stable order. */
export const testFiles = (root: string = PROJECT_ROOT): string[] =>
  filesUnder(root, ['components', 'entrypoints', 'lib', 'scripts', 'tests'], (name) => /\.test\.tsx?$/.test(name))
    .map((path) => relative(root, path))
    .sort();
