import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'vite';
import { afterEach } from 'vitest';

/**
 * Bundles a module's source as the extension's builds do (Vite, tree-shaken, an ES module) and gives
 * the bundle's URL, to import once the test has set up what it watches: for tests of what a build keeps
 * or runs as it loads, which an unbundled import cannot show. Call once at the top of a test file; each
 * test's bundles are deleted after it.
 */
export function bundled(): (source: string, plugins?: Plugin[]) => Promise<string> {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  return async (source, plugins = []) => {
    // Inside the project, so the source's imports resolve from its node_modules as the app's do.
    const cache = join(process.cwd(), 'node_modules', '.cache');
    await mkdir(cache, { recursive: true });
    const dir = await mkdtemp(join(cache, 'cl-bundled-'));
    dirs.push(dir);
    await writeFile(join(dir, 'entry.ts'), source);
    await build({
      configFile: false,
      logLevel: 'silent',
      root: process.cwd(),
      plugins,
      build: { outDir: join(dir, 'out'), write: true, minify: false, lib: { entry: join(dir, 'entry.ts'), formats: ['es'], fileName: () => 'bundle.mjs' } },
    });
    return pathToFileURL(join(dir, 'out', 'bundle.mjs')).href;
  };
}
