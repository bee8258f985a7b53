/**
 * `npm run check:build`: the post-build gates of the Trust section, on the folders `npm run build` and
 * `npm run build:firefox` wrote (CREDIT_LENS_OUT_DIR, default `.output`):
 *   - least privilege: both manifests keep to scripts/checks/manifest-policy.ts;
 *   - store-ready: package.json's version, icons at every store size, the listing's name and description in every language;
 *   - Mozilla's addons-linter on the Firefox build: no errors, no warnings beyond linter-allowances.ts;
 *   - size budgets, gzipped: content script, popup, lazily loaded Billing module.
 * Prints every finding and size, and exits 1 when any gate fails.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import linter from 'addons-linter';
import { describeFinding, judgeLinterReport, sourceWindow, type LinterReport } from './checks/linter-policy';
import { checkManifest } from './checks/manifest-policy';
import { checkBudgets, checkMessagesApart, formatKb, measureBuild, type BuildFiles } from './checks/size-budgets';
import { checkStoreReady } from './checks/store-ready';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_DIR = resolve(PROJECT_ROOT, process.env.CREDIT_LENS_OUT_DIR ?? '.output');
const BUILDS = [
  { name: 'chrome-mv3', command: 'npm run build' },
  { name: 'firefox-mv2', command: 'npm run build:firefox' },
] as const;

function buildFiles(dir: string): BuildFiles {
  const list = (): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return {
    read: (path) => {
      const full = resolve(dir, path);
      if (!full.startsWith(dir + sep) || !existsSync(full)) return null;
      return readFileSync(full);
    },
    list,
  };
}

async function lint(dir: string): Promise<LinterReport> {
  const instance = linter.createInstance({
    config: {
      _: [dir],
      logLevel: 'fatal',
      stack: false,
      pretty: false,
      warningsAsErrors: false,
      metadata: false,
      output: 'none',
      boring: false,
      selfHosted: false,
    },
    runAsBinary: false,
  });
  return instance.run();
}

async function main(): Promise<number> {
  const failures: string[] = [];
  const section = (title: string, problems: string[], okLine: string) => {
    console.log(`\n${title}`);
    for (const p of problems) console.log(`  ✗ ${p}`);
    if (!problems.length) console.log(`  ✓ ${okLine}`);
    failures.push(...problems);
  };

  const packageVersion = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const builds = [];
  for (const { name, command } of BUILDS) {
    const dir = join(OUT_DIR, name);
    const manifestPath = join(dir, 'manifest.json');
    if (!existsSync(manifestPath)) {
      console.error(`No ${name} build in ${relative(PROJECT_ROOT, dir) || dir}: run \`${command}\` first.`);
      return 1;
    }
    builds.push({ name, dir, files: buildFiles(dir), manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown> });
  }

  section(
    'Least privilege (scripts/checks/manifest-policy.ts)',
    builds.flatMap((b) => checkManifest(b.manifest, b.name)),
    'permissions, hosts, content-script matches and web-accessible resources within the allow-list',
  );
  section(
    'Store-ready package (scripts/checks/store-ready.ts)',
    builds.flatMap((b) => checkStoreReady(b.manifest, b.files, packageVersion, b.name)),
    `version ${packageVersion} from package.json, icons at 16, 32, 48, 96 and 128 px, the name and description in each language's messages.json`,
  );

  const firefox = builds.find((b) => b.name === 'firefox-mv2')!;
  const report = await lint(firefox.dir);
  const verdict = judgeLinterReport(report, (file, line, column) => {
    const contents = firefox.files.read(file);
    return contents && sourceWindow(contents.toString('utf8'), line, column);
  });
  section(
    'Mozilla addons-linter on firefox-mv2 (allowances: scripts/checks/linter-allowances.ts)',
    [
      ...verdict.failures.map((f) => `${report.errors.includes(f) ? 'error' : 'warning'} ${describeFinding(f)}`),
      ...verdict.stale.map((a) => `stale allowance for ${a.code} in ${a.file}: it matches no finding, remove it`),
    ],
    'no errors, no warnings beyond the allowances',
  );
  for (const { finding, allowance } of verdict.allowed) console.log(`  · allowed (${allowance.origin}): ${describeFinding(finding)}`);
  for (const notice of verdict.notices) console.log(`  · notice: ${describeFinding(notice)}`);

  console.log('\nSize, gzipped (scripts/checks/size-budgets.ts)');
  const budgetProblems: string[] = [];
  for (const b of builds) {
    const measurements = measureBuild(b.manifest, b.files);
    for (const m of measurements) {
      const budget = m.budget === null ? 'no budget' : `budget ${formatKb(m.budget)}`;
      const mark = m.budget !== null && m.gzBytes > m.budget ? '✗' : m.budget === null ? '·' : '✓';
      console.log(`  ${mark} ${b.name.padEnd(12)} ${m.name.padEnd(30)} ${formatKb(m.gzBytes).padStart(9)}  (${budget}; ${m.files.length} file${m.files.length === 1 ? '' : 's'})`);
    }
    budgetProblems.push(...checkBudgets(measurements, b.name), ...checkMessagesApart(b.manifest, b.files, b.name));
  }
  for (const p of budgetProblems) console.log(`  ✗ ${p}`);
  failures.push(...budgetProblems);

  console.log(failures.length ? `\n✗ ${failures.length} build check${failures.length === 1 ? '' : 's'} failed.` : '\n✓ All build checks passed.');
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
