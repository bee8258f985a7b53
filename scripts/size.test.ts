import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { bytesByModule, formatReport, moduleName, parseSizeArgs, reportEntry, UNMAPPED } from './size';

const root = mkdtempSync(join(tmpdir(), 'credit-lens-size-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run size', () => {
  it('names our files by their path in the project and a dependency by its package', () => {
    const mapDir = join(root, '.output-size/chrome-mv3/chunks');
    expect(moduleName('../../../lib/reader/money.ts', mapDir, root)).toBe('lib/reader/money.ts');
    expect(moduleName('../../../node_modules/zod/v4/core/schemas.js', mapDir, root)).toBe('zod');
    expect(moduleName('../../../node_modules/@wxt-dev/storage/dist/index.mjs', mapDir, root)).toBe('@wxt-dev/storage');
    expect(moduleName('\0vite/preload-helper.js', mapDir, root)).toBe('vite/preload-helper.js');
  });

  it('gives each module the bytes its source map says it made, and the rest to no module', () => {
    writeFileSync(join(root, 'big.ts'), `export const big = ${JSON.stringify('x'.repeat(4000))};\n`);
    writeFileSync(join(root, 'small.ts'), `export const small = (n: number) => n + 1;\n`);
    writeFileSync(join(root, 'entry.ts'), `import { big } from './big';\nimport { small } from './small';\nconsole.log(big.length, small(2));\n`);
    const built = buildSync({ entryPoints: [join(root, 'entry.ts')], bundle: true, minify: true, sourcemap: 'external', write: false, outfile: join(root, 'out/entry.js'), format: 'esm' });
    const code = built.outputFiles.find((file) => file.path.endsWith('.js'))!.text;
    const map = JSON.parse(built.outputFiles.find((file) => file.path.endsWith('.map'))!.text);
    const sizes = bytesByModule(code, map, (source) => moduleName(source, join(root, 'out'), root));
    const total = [...sizes.values()].reduce((sum, bytes) => sum + bytes, 0);
    expect(total).toBe(Buffer.byteLength(code));
    expect(sizes.get('big.ts')).toBeGreaterThan(4000);
    expect(sizes.get('small.ts')).toBeGreaterThan(0);
    expect(sizes.get('small.ts')!).toBeLessThan(100);
    expect([...sizes.keys()].sort()).toEqual(expect.arrayContaining(['big.ts', 'entry.ts', 'small.ts']));

    mkdirSync(join(root, 'out'), { recursive: true });
    writeFileSync(join(root, 'out/entry.js'), code);
    writeFileSync(join(root, 'out/entry.js.map'), JSON.stringify(map));
    writeFileSync(join(root, 'out/plain.js'), 'console.log(1)');
    const report = reportEntry({ name: 'popup', files: [{ path: 'entry.js', gzBytes: 0 }, { path: 'plain.js', gzBytes: 0 }], gzBytes: 2048, budget: null, missing: [] }, join(root, 'out'), root);
    expect(report.modules[0]!.name).toBe('big.ts');
    expect(report.modules.find((module) => module.name === UNMAPPED)!.bytes).toBeGreaterThanOrEqual('console.log(1)'.length);
    const lines = formatReport(report, 2);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^popup: 2\.0 KB gzipped, 4\.\d KB minified, 2 files$/);
    expect(lines[1]).toMatch(/^\s+9\d%\s+3\.9 KB\s+≈\s+2\.0 KB gz\s+big\.ts$/);
  });

  it('takes the number of modules and the browser, and refuses anything else', () => {
    expect(parseSizeArgs([])).toEqual({ top: 5, browser: 'chrome' });
    expect(parseSizeArgs(['--top', '10', '--browser', 'firefox'])).toEqual({ top: 10, browser: 'firefox' });
    expect(() => parseSizeArgs(['--top', '0'])).toThrow(/usage/);
    expect(() => parseSizeArgs(['--sort', 'name'])).toThrow(/usage/);
  });
});
