/**
 * `npm run size [-- --top N] [--browser firefox]`: where the bytes of each entry are. Builds the
 * extension with hidden source maps into `.output-size/` (the shipped code is the same byte for byte:
 * hidden maps add no comment), then prints, per entry (content script, popup, options page, Billing
 * module and its lazily imported chunks), its gzipped size as `npm run check:build` counts it, and its
 * largest modules: our source files one by one, a dependency as its package.
 *
 * A module's share is its part of the entry's minified bytes, read from the source maps; gzip works on
 * whole files, so "≈ gz" is that share of the entry's gzipped size, an estimate. Source maps rather
 * than a bundle visualizer: the Billing module is a second Vite build (modules/billing-module.ts) and
 * WXT runs one build per entry group, so a visualizer plugin would write one report per build,
 * overwriting each other, while the maps sit beside every file the budgets already measure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { PROJECT_ROOT } from './browser';
import { formatKb, measureBuild, type BuildFiles, type Measurement } from './checks/size-budgets';
import { invokedDirectly } from './invoked-directly';

export const UNMAPPED = '(not in a source map)';

/** What a source path in a map names: a dependency by its package, our own files by their path in the project. */
export function moduleName(source: string, mapDir: string, root: string): string {
  const path = source.replace(/^webpack:\/\/|^file:\/\//, '');
  const packaged = /(?:^|[/\\])node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)/.exec(path);
  if (packaged) return packaged[1]!.replace(/\\/g, '/');
  if (/^[\0a-z-]+:/i.test(path) || path.startsWith('\0')) return path.replace(/^\0/, '');
  const absolute = resolve(mapDir, path);
  return relative(root, absolute).split(sep).join('/');
}

/**
 * Bytes of generated code per module: each mapping covers the code from its column to the next
 * mapping's (or the line's end) and counts for its source; code before a line's first mapping, or on
 * a line without one, counts as unmapped.
 */
export function bytesByModule(code: string, map: RawSourceMap, nameOf: (source: string) => string): Map<string, number> {
  const consumer = new SourceMapConsumer(map);
  const lines = code.split('\n');
  const starts: { source: string | null; column: number }[][] = lines.map(() => []);
  consumer.eachMapping(
    (mapping) => {
      const line = starts[mapping.generatedLine - 1];
      line?.push({ source: mapping.source ? nameOf(mapping.source) : null, column: mapping.generatedColumn });
    },
    undefined,
    SourceMapConsumer.GENERATED_ORDER,
  );
  const sizes = new Map<string, number>();
  const add = (name: string, text: string) => {
    if (text) sizes.set(name, (sizes.get(name) ?? 0) + Buffer.byteLength(text));
  };
  lines.forEach((line, index) => {
    const segments = starts[index]!;
    add(UNMAPPED, line.slice(0, segments[0]?.column ?? line.length) + (index < lines.length - 1 ? '\n' : ''));
    segments.forEach((segment, at) => add(segment.source ?? UNMAPPED, line.slice(segment.column, segments[at + 1]?.column ?? line.length)));
  });
  return sizes;
}

export interface EntryReport {
  name: string;
  gzBytes: number;
  rawBytes: number;
  files: number;
  modules: { name: string; bytes: number; files: number }[];
}

/** An entry's modules, largest first, from the maps beside its files (a file without a map counts as unmapped). */
export function reportEntry(measurement: Measurement, dir: string, root: string): EntryReport {
  const totals = new Map<string, { bytes: number; sources: Set<string> }>();
  let rawBytes = 0;
  for (const { path } of measurement.files) {
    const file = join(dir, path);
    const code = readFileSync(file, 'utf8');
    rawBytes += Buffer.byteLength(code);
    const mapFile = `${file}.map`;
    const sources = new Map<string, string>();
    const nameOf = (source: string) => {
      const name = moduleName(source, dirname(mapFile), root);
      sources.set(source, name);
      return name;
    };
    const sizes = existsSync(mapFile) ? bytesByModule(code, JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap, nameOf) : new Map([[UNMAPPED, Buffer.byteLength(code)]]);
    for (const [name, bytes] of sizes) {
      const total = totals.get(name) ?? { bytes: 0, sources: new Set<string>() };
      total.bytes += bytes;
      for (const [source, named] of sources) if (named === name) total.sources.add(source);
      totals.set(name, total);
    }
  }
  const modules = [...totals]
    .map(([name, { bytes, sources }]) => ({ name, bytes, files: sources.size }))
    .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
  return { name: measurement.name, gzBytes: measurement.gzBytes, rawBytes, files: measurement.files.length, modules };
}

export function formatReport(report: EntryReport, top: number): string[] {
  const lines = [`${report.name}: ${formatKb(report.gzBytes)} gzipped, ${formatKb(report.rawBytes)} minified, ${report.files} file${report.files === 1 ? '' : 's'}`];
  for (const module of report.modules.slice(0, top)) {
    const share = report.rawBytes === 0 ? 0 : module.bytes / report.rawBytes;
    const files = module.files > 1 ? ` (${module.files} files)` : '';
    lines.push(`  ${(share * 100).toFixed(0).padStart(3)}%  ${formatKb(module.bytes).padStart(9)}  ≈ ${formatKb(share * report.gzBytes).padStart(8)} gz  ${module.name}${files}`);
  }
  return lines;
}

export function buildFiles(dir: string): BuildFiles {
  return {
    read: (path) => {
      const full = resolve(dir, path);
      return full.startsWith(dir + sep) && existsSync(full) ? readFileSync(full) : null;
    },
    list: () =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/')),
  };
}

export function parseSizeArgs(args: readonly string[]): { top: number; browser: 'chrome' | 'firefox' } {
  const options = { top: 5, browser: 'chrome' as 'chrome' | 'firefox' };
  for (let index = 0; index < args.length; index += 2) {
    const [flag, value] = [args[index], args[index + 1]];
    if (flag === '--top' && value && /^[1-9]\d*$/.test(value)) options.top = Number(value);
    else if (flag === '--browser' && (value === 'chrome' || value === 'firefox')) options.browser = value;
    else throw new Error(`usage: npm run size -- [--top N] [--browser chrome|firefox] (got ${[flag, value].filter(Boolean).join(' ')})`);
  }
  return options;
}

if (invokedDirectly(import.meta.url)) {
  let options: ReturnType<typeof parseSizeArgs>;
  try {
    options = parseSizeArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const outDir = join(PROJECT_ROOT, '.output-size');
  try {
    execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', options.browser], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CREDIT_LENS_OUT_DIR: outDir, CREDIT_LENS_SOURCEMAPS: 'hidden' },
      stdio: 'pipe',
    });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    console.error(`the build with source maps failed:\n${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`);
    process.exit(1);
  }
  const dir = join(outDir, options.browser === 'firefox' ? 'firefox-mv2' : 'chrome-mv3');
  const files = buildFiles(dir);
  const manifest = JSON.parse(files.read('manifest.json')!.toString('utf8')) as Record<string, unknown>;
  for (const measurement of measureBuild(manifest, files)) {
    console.log(formatReport(reportEntry(measurement, dir, PROJECT_ROOT), options.top).join('\n'));
  }
}
