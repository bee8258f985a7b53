import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '../../lib/lexicon/types';
import { BUDGETS, checkBudgets, checkMessagesApart, gzipSize, htmlScripts, measureBuild, scopeOfChunk, staticClosure, type BuildFiles } from './size-budgets';

/** A budget as the check writes it, escaped for a pattern: budgets move as the code gets lighter. */
const kb = (bytes: number) => (bytes / 1024).toFixed(1).replace('.', '\\.');

function fakeBuild(files: Record<string, string | Buffer>): BuildFiles {
  return {
    read: (path) => (path in files ? Buffer.from(files[path]!) : null),
    list: () => Object.keys(files),
  };
}

/** Bytes gzip cannot shrink, so a file's gzipped size is about its length. */
const incompressible = (bytes: number) => randomBytes(bytes);
const js = (code: string, filler: Buffer) => Buffer.concat([Buffer.from(code), filler]);

const HOSTS = ['https://ads.tiktok.com/*', 'https://business.tiktok.com/*'];
const MANIFEST = {
  manifest_version: 3,
  action: { default_popup: 'popup.html' },
  options_ui: { page: 'options.html' },
  content_scripts: [{ matches: HOSTS, js: ['content-scripts/content.js'] }],
  web_accessible_resources: [{ resources: ['content-scripts/billing/*'], matches: HOSTS }],
};
const POPUP_HTML =
  '<!DOCTYPE html><html><head><script type="module" crossorigin src="/chunks/popup-DmM5_2Wx.js"></script>' +
  '<link rel="modulepreload" crossorigin href="/chunks/jsxRuntime-B9UUVa3T.js"><link rel="stylesheet" href="/assets/popup.css"></head></html>';

const BOARD_HTML = '<script type="module" src="/chunks/board-7.js"></script><link rel="modulepreload" href="/chunks/jsxRuntime-B9UUVa3T.js">';

/** Each language's lexicon chunk beside the Billing module, as modules/billing-module.ts names them. */
const lexicons = (bytes = 2_000): Record<string, Buffer> =>
  Object.fromEntries(LANGUAGE_CODES.filter((code) => code !== 'en').map((code) => [`content-scripts/billing/lexicon-${code}.js`, js(`var e={lang:\`${code}\`,terms:{}};export{e as default};`, incompressible(bytes))]));

function build(sizes: { content?: number; popup?: number; runtime?: number; billing?: number; board?: number; boardStyles?: number } = {}): BuildFiles {
  return fakeBuild({
    ...lexicons(),
    'manifest.json': JSON.stringify(MANIFEST),
    'content-scripts/content.js': incompressible(sizes.content ?? 4_000),
    'popup.html': POPUP_HTML,
    'options.html': '<script type="module" src="/chunks/options-1.js"></script>',
    'board.html': sizes.boardStyles ? `${BOARD_HTML}<style>${incompressible(sizes.boardStyles).toString('base64')}</style>` : BOARD_HTML,
    'assets/popup.css': '.popup{color:red}',
    'chunks/board-7.js': js('import{t}from"./jsxRuntime-B9UUVa3T.js";const f=()=>import("./lazy-3.js");', incompressible(sizes.board ?? 2_000)),
    'chunks/popup-DmM5_2Wx.js': js(
      'import{n as e,t}from"./jsxRuntime-B9UUVa3T.js";import"./format-2.js";const l=()=>import("./lazy-3.js");',
      incompressible(sizes.popup ?? 1_000),
    ),
    'chunks/jsxRuntime-B9UUVa3T.js': incompressible(sizes.runtime ?? 5_000),
    'chunks/format-2.js': 'export const f=1;',
    'chunks/lazy-3.js': incompressible(100_000),
    'chunks/options-1.js': 'import{t}from"./jsxRuntime-B9UUVa3T.js";',
    'content-scripts/billing/billing.js': js('import { a } from "./shared-9.js";\n', incompressible(sizes.billing ?? 30_000)),
    'content-scripts/billing/shared-9.js': 'export const a = 1;',
    'icon/128.png': incompressible(4_000),
  });
}

const byName = (files: BuildFiles) => Object.fromEntries(measureBuild(JSON.parse(files.read('manifest.json')!.toString()), files).map((m) => [m.name, m]));

describe('size budgets', () => {
  it('finds the scripts an HTML page loads', () => {
    expect(htmlScripts(POPUP_HTML, 'popup.html')).toEqual(['chunks/popup-DmM5_2Wx.js', 'chunks/jsxRuntime-B9UUVa3T.js']);
    expect(htmlScripts(POPUP_HTML, 'popup.html', true)).toEqual(['chunks/popup-DmM5_2Wx.js', 'chunks/jsxRuntime-B9UUVa3T.js', 'assets/popup.css']);
    expect(htmlScripts('<script src="main.js"></script><script src="https://cdn.example/x.js"></script>', 'pages/a.html')).toEqual([
      'pages/main.js',
    ]);
  });

  it('counts static imports and leaves dynamic ones out', () => {
    const { files, missing } = staticClosure(['chunks/popup-DmM5_2Wx.js'], build());
    expect(files.sort()).toEqual(['chunks/format-2.js', 'chunks/jsxRuntime-B9UUVa3T.js', 'chunks/popup-DmM5_2Wx.js']);
    expect(missing).toEqual([]);
  });

  it('measures each entry with what it loads, and passes within budget', () => {
    const m = byName(build());
    expect(m['content script']!.files.map((f) => f.path)).toEqual(['content-scripts/content.js']);
    expect(m['popup']!.files.map((f) => f.path).sort()).toEqual(['assets/popup.css', 'chunks/format-2.js', 'chunks/jsxRuntime-B9UUVa3T.js', 'chunks/popup-DmM5_2Wx.js', 'popup.html']);
    expect(m['popup']!.gzBytes).toBe(m['popup']!.files.reduce((sum, f) => sum + f.gzBytes, 0));
    expect(m['options page']!.budget).toBeNull();
    expect(m['billing module (lazy)']!.files.map((f) => f.path).sort()).toEqual([
      'content-scripts/billing/billing.js',
      'content-scripts/billing/shared-9.js',
    ]);
    expect(m['board']!.files.map((f) => f.path).sort()).toEqual(['board.html', 'chunks/board-7.js', 'chunks/jsxRuntime-B9UUVa3T.js']);
    expect(m['board']!.budget).toBe(BUDGETS.board);
    expect(checkBudgets(Object.values(m), 'chrome-mv3')).toEqual([]);
  });

  it('fails on a board page over its budget through what it imports', () => {
    const problems = checkBudgets(Object.values(byName(build({ board: BUDGETS.board }))), 'chrome-mv3');
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^chrome-mv3: board is \\d+\\.\\d KB gzipped, \\d+ bytes over its ${kb(BUDGETS.board)} KB budget$`))]);
  });

  it('counts the styles written into the board page against its budget', () => {
    const problems = checkBudgets(Object.values(byName(build({ boardStyles: BUDGETS.board - 5_000 }))), 'chrome-mv3');
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^chrome-mv3: board is \\d+\\.\\d KB gzipped, \\d+ bytes over its ${kb(BUDGETS.board)} KB budget$`))]);
  });

  it('fails when the build has no board page', () => {
    const files = build();
    const broken: BuildFiles = { ...files, read: (p) => (p === 'board.html' ? null : files.read(p)) };
    expect(checkBudgets(measureBuild(MANIFEST, broken), 'x')).toContain('x: board needs board.html, which is not in the build');
  });

  it('fails on a content script over 15 KB gzipped', () => {
    const problems = checkBudgets(Object.values(byName(build({ content: BUDGETS.contentScript + 500 }))), 'chrome-mv3');
    expect(problems).toEqual([expect.stringMatching(/^chrome-mv3: content script is 15\.\d KB gzipped, \d+ bytes over its 15\.0 KB budget$/)]);
  });

  it('fails on a popup over its budget through a chunk it imports', () => {
    const problems = checkBudgets(Object.values(byName(build({ runtime: BUDGETS.popup }))), 'chrome-mv3');
    expect(problems).toEqual([expect.stringMatching(/popup is \d+\.\d KB gzipped, \d+ bytes over its 30\.0 KB budget/)]);
  });

  it('measures a Billing part that loads on first use apart from the module, against its own budget', () => {
    const files = build();
    const withPart = fakeBuild({
      ...Object.fromEntries(files.list().map((path) => [path, files.read(path)!])),
      'content-scripts/billing/misread.js': incompressible(BUDGETS.billingMisread + 500),
      // Over misread.js's budget but within its own: only misread.js is over.
      'content-scripts/billing/parts.js': incompressible(BUDGETS.billingMisread + 500),
    });
    const m = byName(withPart);
    expect(m['billing module (lazy)']!.files.map((f) => f.path)).not.toContain('content-scripts/billing/misread.js');
    expect(m['billing module: misread.js (on first use)']!.files.map((f) => f.path)).toEqual(['content-scripts/billing/misread.js']);
    expect(checkBudgets(Object.values(m), 'x')).toEqual([expect.stringMatching(new RegExp(`^x: billing module: misread\\.js \\(on first use\\) is .* bytes over its ${kb(BUDGETS.billingMisread)} KB budget$`))]);
  });

  it('holds a new part that loads on first use to the smallest part budget', () => {
    const files = build();
    const withPart = fakeBuild({
      ...Object.fromEntries(files.list().map((path) => [path, files.read(path)!])),
      'content-scripts/billing/guide.js': incompressible(BUDGETS.billingMisread + 500),
    });
    expect(checkBudgets(Object.values(byName(withPart)), 'x')).toEqual([
      expect.stringMatching(new RegExp(`^x: billing module: guide\\.js \\(on first use\\) is .* bytes over its ${kb(Math.min(BUDGETS.billingMisread, BUDGETS.billingParts))} KB budget$`)),
    ]);
  });

  it('says how many bytes over budget, which one decimal of a KB would hide', () => {
    const m = { name: 'billing module: misread.js (on first use)', files: [], gzBytes: 23_587, budget: 23 * 1024, missing: [] };
    expect(checkBudgets([m], 'x')).toEqual(['x: billing module: misread.js (on first use) is 23.0 KB gzipped, 35 bytes over its 23.0 KB budget']);
    expect(checkBudgets([{ ...m, gzBytes: 23 * 1024 }], 'x')).toEqual([]);
  });

  it('fails on a Billing module over its budget', () => {
    const problems = checkBudgets(Object.values(byName(build({ billing: BUDGETS.billingModule + 1_000 }))), 'chrome-mv3');
    expect(problems).toEqual([expect.stringMatching(new RegExp(`billing module \\(lazy\\) is .* bytes over its ${kb(BUDGETS.billingModule)} KB budget`))]);
  });

  describe('lexicon languages', () => {
    const withFiles = (extra: Record<string, string | Buffer>, without: string[] = []) => {
      const base = build();
      const files: Record<string, string | Buffer> = Object.fromEntries(base.list().filter((path) => !without.includes(path)).map((path) => [path, base.read(path)!]));
      return fakeBuild({ ...files, ...extra });
    };

    it('measures each language apart from the Billing module, each on its own budget', () => {
      const m = byName(build());
      expect(m['billing module (lazy)']!.files.map((f) => f.path)).not.toContain('content-scripts/billing/lexicon-de.js');
      expect(m['billing module: de lexicon']!.files.map((f) => f.path)).toEqual(['content-scripts/billing/lexicon-de.js']);
      expect(m['billing module: de lexicon']!.budget).toBe(BUDGETS.lexiconLanguage);
      expect(Object.keys(m).filter((name) => name.endsWith(' lexicon'))).toHaveLength(17);
      expect(m['billing module: en lexicon']).toBeUndefined();
    });

    it('fails on a language over its budget', () => {
      const files = withFiles({ 'content-scripts/billing/lexicon-th.js': incompressible(BUDGETS.lexiconLanguage + 300) });
      expect(checkBudgets(measureBuild(MANIFEST, files), 'x')).toEqual([expect.stringMatching(/^x: billing module: th lexicon is .* bytes over its 3\.0 KB budget$/)]);
    });

    it('fails when a language the importer asks for has no chunk', () => {
      const files = withFiles({}, ['content-scripts/billing/lexicon-pt-BR.js']);
      expect(checkBudgets(measureBuild(MANIFEST, files), 'x')).toEqual(['x: billing module: pt-BR lexicon needs content-scripts/billing/lexicon-pt-BR.js, which is not in the build']);
    });

    it('fails when the Billing module imports a language statically', () => {
      const files = withFiles({ 'content-scripts/billing/billing.js': js('import { a } from "./shared-9.js";import f from "./lexicon-fr.js";\n', incompressible(30_000)) });
      expect(checkMessagesApart(MANIFEST, files, 'x')).toEqual(["x: billing module (lazy) loads content-scripts/billing/lexicon-fr.js, a language's lexicon, up front"]);
      expect(checkMessagesApart(MANIFEST, build(), 'x')).toEqual([]);
    });
  });

  it('fails when an entry names a file the build lacks', () => {
    const files = build();
    const broken: BuildFiles = { ...files, read: (p) => (p === 'chunks/jsxRuntime-B9UUVa3T.js' ? null : files.read(p)) };
    expect(checkBudgets(measureBuild(MANIFEST, broken), 'x')).toContain('x: popup needs chunks/jsxRuntime-B9UUVa3T.js, which is not in the build');
  });

  it('measures gzipped, not raw, bytes', () => {
    expect(gzipSize(Buffer.from('a'.repeat(100_000)))).toBeLessThan(1_000);
  });

  describe('languages', () => {
    /** A message chunk as the build writes it: a catalogue object, padded to a size gzip cannot shrink. */
    const messages = (bytes: number) => js('var e={"common.brand":`Credit Lens`};export{e as default};', incompressible(bytes));
    const withLanguages = (extra: Record<string, string | Buffer>) => {
      const base = build();
      const files: Record<string, string | Buffer> = Object.fromEntries(base.list().map((path) => [path, base.read(path)!]));
      return fakeBuild({ ...files, ...extra });
    };
    const manifest = MANIFEST as unknown as Record<string, unknown>;

    it('names and budgets the Billing module\'s chunks as the build writes them (messages-<language>.js)', () => {
      const files = withLanguages({
        'content-scripts/billing/messages-en.js': messages(8_000),
        'content-scripts/billing/messages-ru.js': messages(8_000 + BUDGETS.languageOverEnglish + 500),
      });
      expect(byName(files)['billing module: ru messages']!.budget).not.toBeNull();
      expect(checkBudgets(measureBuild(manifest, files), 'x')).toEqual([expect.stringMatching(/^x: billing module: ru messages is .* over its/)]);
    });

    it('measures each language apart from the Billing module and lets it add at most 3 KB over English', () => {
      const files = withLanguages({
        'content-scripts/billing/en-Ab12Cd34.js': messages(8_000),
        'content-scripts/billing/ja-Ef56Gh78.js': messages(8_000 + BUDGETS.languageOverEnglish - 200),
        'content-scripts/billing/ru-Ij90Kl12.js': messages(8_000 + BUDGETS.languageOverEnglish + 500),
      });
      const sizes = byName(files);
      expect(sizes['billing module (lazy)']!.files.map((f) => f.path)).not.toContain('content-scripts/billing/ja-Ef56Gh78.js');
      expect(sizes['billing module: en messages']!.budget).toBeNull();
      const problems = checkBudgets(measureBuild(manifest, files), 'x');
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^x: billing module: ru messages is .* over its/);
    });

    it('tells the board\'s, the popup\'s and the options page\'s catalogue chunks apart by their keys, each against its own English', () => {
      const board = (bytes: number) => js('var e={"common.brand":`Credit Lens`,"board.heading":`All`,"countdown.expires":`x`};export{e as default};', incompressible(bytes));
      const popup = (bytes: number) => js('var e={"common.brand":`Credit Lens`,"hint.title":`x`,"form.save":`y`};export{e as default};', incompressible(bytes));
      const options = (bytes: number) => js('var e={"common.brand":`Credit Lens`,"hint.title":`x`,"options.title":`y`};export{e as default};', incompressible(bytes));
      expect([scopeOfChunk(board(0).toString()), scopeOfChunk(popup(0).toString()), scopeOfChunk(options(0).toString())]).toEqual(['board', 'popup', 'all']);
      const files = withLanguages({
        'chunks/en-Aa11.js': popup(12_000),
        'chunks/ja-Bb22.js': popup(12_000),
        'chunks/en-Cc33.js': board(4_000),
        'chunks/ja-Dd44.js': board(4_000 + BUDGETS.languageOverEnglish + 500),
        'chunks/en-Ee55.js': options(14_000),
        'chunks/ja-Ff66.js': options(14_000 + BUDGETS.languageOverEnglish + 500),
      });
      const sizes = byName(files);
      expect(sizes['popup: ja messages']!.files.map((f) => f.path)).toEqual(['chunks/ja-Bb22.js']);
      expect(sizes['board: en messages']!.files.map((f) => f.path)).toEqual(['chunks/en-Cc33.js']);
      // The options page is reported, not budgeted: it has no first-paint target.
      expect(sizes['options page: ja messages']!.budget).toBeNull();
      expect(checkBudgets(measureBuild(manifest, files), 'x')).toEqual([expect.stringMatching(/^x: board: ja messages is .* over its/)]);
    });

    it('fails when a surface loads a language up front instead of on its own', () => {
      const files = withLanguages({
        'content-scripts/billing/billing.js': js('import { a } from "./shared-9.js";import d from "./en-Ab12Cd34.js";\n', incompressible(30_000)),
        'content-scripts/billing/en-Ab12Cd34.js': messages(8_000),
      });
      expect(checkMessagesApart(manifest, files, 'x')).toEqual(['x: billing module (lazy) loads content-scripts/billing/en-Ab12Cd34.js, a language\'s messages, up front']);
      expect(checkMessagesApart(manifest, withLanguages({ 'content-scripts/billing/en-Ab12Cd34.js': messages(8_000) }), 'x')).toEqual([]);
    });
  });
});
