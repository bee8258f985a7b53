/**
 * Size budgets of the built extension, gzipped. The content script runs on every Ads Manager page, so
 * it stays a small loader; the popup opens on every click of the toolbar button. What counts is what
 * the browser loads for that entry: the files it names plus every module they import statically.
 */
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import { SCOPES } from '../../lib/i18n/catalog-shape';
import { LANGUAGE_CODES } from '../../lib/lexicon/types';
import { lexiconChunkFile, type LoadableLanguage } from '../../lib/lexicon/packs';
import { WEB_ACCESSIBLE_RESOURCE } from './manifest-policy';

const KB = 1024;

export const BUDGETS = {
  /** What the manifest injects into Ads Manager pages (its js and css): the loader. Issue 11's limit; 4.9 KB when set (20 before). */
  contentScript: 15 * KB,
  /**
   * The popup page, its stylesheets, its scripts and the chunks they import: its first paint. Issue 11's
   * target; 23.3 KB when this budget was set (40 before the lists stopped waiting for the schemas,
   * lib/notes/snapshot.ts), scripts only; 26.2 KB once the page and its stylesheets were counted too.
   */
  popup: 30 * KB,
  /**
   * What a Billing page loads first (web-accessible, imported on Billing routes only): the reader with
   * the English lexicon, hint rules and the overlay with its marks; other languages are chunks loaded on
   * demand, and what only a user action shows is `parts.js`. 59.4 KB when this budget was set: 121 KB
   * before the lexicon was split by language, 98.7 before the module stopped carrying zod, the notes
   * store and its own copy of the polyfill, 83.3 before other languages' month names went to their
   * lexicon chunks and the guides and the misread panel to parts.js, 78.0 before the build dropped its
   * comments, the overlay made its own shadow root rather than through WXT's UI helpers, and pick
   * mode's layer and the parts' rules went to parts.js, 74.2 before the code that applies fixes and
   * "Save a report" went to misread.js and the code-typing rule and the pseudo-locale to parts.js, 71.6
   * before the concepts stopped carrying their descriptions as strings, 70.8 before the folded dock's
   * body (its cards, links and status values, with their rules) and the rejection hint's ranking went
   * to parts.js, 66.4 before the credit-status cards' details did, 65.6 before the other hint cards'
   * details did and the overlay's first paint was written as plain DOM, so Preact left the module
   * (issue 11's target, 60 KB). It catches a library slipping in again (zod, WXT storage or UI, a date
   * library, Preact) or a language or a part imported statically.
   */
  billingModule: 60 * KB,
  /**
   * One language's lexicon (`lexicon-<code>.js`), loaded by a Billing page that needs it
   * (lib/lexicon/packs.ts). 1.6-2.6 KB when this budget was set.
   */
  lexiconLanguage: 3 * KB,
  /**
   * What the active language adds over English to a surface that loads one language's messages (the
   * Billing module, the popup): each language is its own chunk (lib/i18n/catalog.ts), loaded alone.
   */
  languageOverEnglish: 3 * KB,
  /**
   * The deadlines board (`board.html`, an extension page the manifest does not list): the page with its
   * styles inside it, and its one script (modules/board-page.ts). The edit forms load when first used.
   * 31.6 KB when this budget was set (41 before it painted from the background's snapshot), scripts
   * only; 33.7 KB once built alone with its styles in the page (its script 30.3 of it); 36 KB until the
   * pasted account list's dialog took nine more names from its script (41 bytes of exports; 15 spare).
   */
  board: 36.25 * KB,
  /**
   * The parts of the Billing module that load when the user first acts, each built whole beside it (it
   * shares no chunk: Chrome refuses the module's own sibling imports under use_dynamic_url), each with
   * its own budget so one cannot grow into the other's room.
   *
   * `misread.js`: pick mode and the misread report (issue 12); 21.2 KB when first budgeted, 55 KB before
   * it stopped carrying the lexicons, 24.6 before it used the loader's polyfill, much of it the date and
   * money parsers it carries a copy of; 22.5 KB once it carried the English lexicon for its month names.
   * It also applies the user's fixes, loaded before the first read of a page whose account has some
   * (23.4 KB with them, 19.4 once the report's sending side left zod behind).
   */
  billingMisread: 20 * KB,
  /**
   * `parts.js`: the open dock's body with its own Preact and its rules of the overlay's sheet, the guides,
   * the misread panel and pick mode's layer; 10.8 KB when first budgeted, 11.7 with the layer and rules,
   * 16.6 with the code-typing rule and the pseudo-locale's messages, 18.2 with the rejection hint's
   * ranking, 21.9 and 24.3 with the hint cards' details, 25.0 (a byte short of 25) with a code's Copy,
   * 26.1 with the dock's search for room clear of the page's words (its own copy of the dock's placement
   * and of the page's text boxes, kept out of the Billing module, which had 16 bytes to spare), 25.3 once
   * that search went to the Billing module, for the folded pill (ES-private members made the room).
   */
  billingParts: 25.5 * KB,
} as const;

/** Extension pages the manifest does not name (WXT "unlisted" pages), each with its own budget and its catalogue scope (lib/i18n/catalog-shape.ts). */
export const UNLISTED_PAGES = [{ name: 'board', html: 'board.html', budget: BUDGETS.board, scope: 'board' }] as const;

/** Only a message chunk holds a catalogue entry (`"common.brand":"…"`); code only names keys (`msg("common.brand")`). */
const MESSAGE_MARKER = /"common\.brand":\s*["'`]/;
const isMessageChunk = (path: string, build: BuildFiles) => /\.m?js$/.test(path) && MESSAGE_MARKER.test(build.read(path)?.toString('utf8') ?? '');
/** `ar-<hash>.js` (a page's chunk) or `messages-ar.js` (the Billing module's, named without a hash). */
const languageOf = (path: string) => /^(?:messages-([A-Za-z_]+)|([A-Za-z_]+)-[\w-]+)\.m?js$/.exec(posix.basename(path))?.slice(1).find(Boolean) ?? path;

const SMALLEST_SCOPE_FIRST = Object.entries(SCOPES).sort((a, b) => a[1].length - b[1].length);
/**
 * Which catalogue scope a message chunk holds, from the groups of its keys (`"board.heading":`): the
 * smallest scope that has them all, or 'all'. The popup and the board both put theirs in chunks/.
 */
export function scopeOfChunk(code: string): string {
  const groups = new Set([...code.matchAll(/["'`]([A-Za-z]+)\.[\w.]+["'`]\s*:/g)].map((match) => match[1]!));
  const scope = SMALLEST_SCOPE_FIRST.find(([, list]) => [...groups].every((group) => (list as readonly string[]).includes(group)));
  return scope?.[0] ?? 'all';
}

/** Read access to a build folder; paths are relative to it, with forward slashes. */
export interface BuildFiles {
  read(path: string): Buffer | null;
  /** Every file in the build. */
  list(): string[];
}

export interface Measurement {
  name: string;
  files: { path: string; gzBytes: number }[];
  gzBytes: number;
  /** Null: reported, not budgeted. */
  budget: number | null;
  /** Files the entry names that are not in the build. */
  missing: string[];
}

export function gzipSize(contents: Buffer): number {
  return gzipSync(contents).length;
}

// Static imports in built ES modules, minified or not: `import{a as b}from"./x.js"`, `import"./x.js"`,
// `export*from"./x.js"`. Dynamic `import(...)` is left out on purpose: it loads later, if at all.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'`]([^"'`]+)["'`]/g;

/** The files a set of entry modules load before they run: themselves and their static imports. */
export function staticClosure(entries: string[], build: BuildFiles): { files: string[]; missing: string[] } {
  const seen = new Set<string>();
  const missing: string[] = [];
  const queue = entries.map(normalise);
  while (queue.length) {
    const path = queue.shift()!;
    if (seen.has(path) || missing.includes(path)) continue;
    const contents = build.read(path);
    if (contents === null) {
      missing.push(path);
      continue;
    }
    seen.add(path);
    if (!path.endsWith('.js') && !path.endsWith('.mjs')) continue;
    for (const [, specifier] of contents.toString('utf8').matchAll(STATIC_IMPORT)) {
      if (!specifier || !/^\.{0,2}\//.test(specifier)) continue;
      queue.push(specifier.startsWith('/') ? normalise(specifier) : posix.join(posix.dirname(path), specifier));
    }
  }
  return { files: [...seen], missing };
}

/** Module scripts, classic scripts, module preloads and (with `styles`) stylesheets an HTML page names. */
export function htmlScripts(html: string, htmlPath: string, styles = false): string[] {
  const refs: string[] = [];
  const linked = styles ? /\brel\s*=\s*["']?(?:modulepreload|stylesheet)\b/i : /\brel\s*=\s*["']?modulepreload\b/i;
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    if (!isScript && !linked.test(tag)) continue;
    const ref = /\b(?:src|href)\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    if (!ref || /^[a-z][\w+.-]*:/i.test(ref)) continue;
    refs.push(ref.startsWith('/') ? normalise(ref) : posix.join(posix.dirname(htmlPath), ref));
  }
  return refs;
}

function normalise(path: string): string {
  return posix.normalize(path.replace(/^\/+/, ''));
}

function measure(name: string, entries: string[], build: BuildFiles, budget: number | null, closure = true): Measurement {
  const { files, missing } = closure ? staticClosure(entries, build) : plainFiles(entries, build);
  const sized = files.map((path) => ({ path, gzBytes: gzipSize(build.read(path)!) }));
  return { name, files: sized, gzBytes: sized.reduce((sum, f) => sum + f.gzBytes, 0), budget, missing };
}

function plainFiles(entries: string[], build: BuildFiles): { files: string[]; missing: string[] } {
  const paths = entries.map(normalise);
  return { files: paths.filter((p) => build.read(p) !== null), missing: paths.filter((p) => build.read(p) === null) };
}

function htmlEntry(name: string, htmlPath: unknown, build: BuildFiles, budget: number | null): Measurement | null {
  if (typeof htmlPath !== 'string') return null;
  const path = normalise(htmlPath);
  const html = build.read(path);
  if (html === null) return { name, files: [], gzBytes: 0, budget, missing: [path] };
  // Everything the page loads before it can paint: the page itself (the board's holds its styles,
  // modules/board-page.ts), its stylesheets, its scripts and what they import.
  return measure(name, [path, ...htmlScripts(html.toString('utf8'), path, true)], build, budget);
}

type Manifest = Record<string, unknown>;

/** Sizes of what each entry of a build loads, with the budgets that apply. */
export function measureBuild(manifest: Manifest, build: BuildFiles): Measurement[] {
  const scripts = Array.isArray(manifest.content_scripts) ? (manifest.content_scripts as Manifest[]) : [];
  const injected = scripts.flatMap((s) => [...stringsOf(s.js), ...stringsOf(s.css)]);
  // The content script is a classic script: whatever it needs must be inside it, so no closure.
  const measurements: Measurement[] = [measure('content script', [...new Set(injected)], build, BUDGETS.contentScript, false)];

  const action = (manifest.action ?? manifest.browser_action) as Manifest | undefined;
  const popup = htmlEntry('popup', action?.default_popup, build, BUDGETS.popup);
  measurements.push(popup ?? { name: 'popup', files: [], gzBytes: 0, budget: BUDGETS.popup, missing: ['(no default_popup in the manifest)'] });
  const pageChunks = build.list().filter((path) => path.startsWith('chunks/') && isMessageChunk(path, build));
  const chunksOf = (scope: string) => pageChunks.filter((path) => scopeOfChunk(build.read(path)!.toString('utf8')) === scope);
  measurements.push(...languageMeasurements('popup', chunksOf('popup'), build));

  const options = (manifest.options_ui as Manifest | undefined)?.page ?? manifest.options_page;
  const optionsPage = htmlEntry('options page', options, build, null);
  if (optionsPage) measurements.push(optionsPage, ...languageMeasurements('options page', chunksOf('all'), build).map((m) => ({ ...m, budget: null })));

  for (const page of UNLISTED_PAGES) {
    measurements.push(htmlEntry(page.name, page.html, build, page.budget)!);
    measurements.push(...languageMeasurements(page.name, chunksOf(page.scope), build));
  }

  const lazy = webAccessibleScripts(manifest, build);
  const lazyMessages = lazy.filter((path) => isMessageChunk(path, build));
  const lazyLexicons = lazy.filter((path) => LEXICON_CHUNK.test(posix.basename(path)));
  const lazyCode = lazy.filter((path) => !lazyMessages.includes(path) && !lazyLexicons.includes(path));
  // The loader imports billing.js on a Billing route; code there that billing.js does not import
  // statically loads later, on first use (components/misread/load.ts), and is measured on its own.
  const module = lazyCode.filter((path) => path.endsWith('/billing.js'));
  const loaded = new Set(staticClosure(module, build).files);
  const later = module.length > 0 ? lazyCode.filter((path) => !loaded.has(path)) : [];
  if (lazyCode.length) measurements.push(measure('billing module (lazy)', module.length > 0 ? module : lazyCode, build, BUDGETS.billingModule));
  for (const path of later) {
    const name = posix.basename(path);
    measurements.push(measure(`billing module: ${name} (on first use)`, [path], build, ON_FIRST_USE_BUDGETS[name] ?? NEW_PART_BUDGET));
  }
  measurements.push(...languageMeasurements('billing module', lazyMessages, build));
  if (module.length > 0) measurements.push(...lexiconMeasurements(posix.dirname(module[0]!), build));
  return measurements;
}

/** Each part of the Billing module that loads on first use, by file name (modules/billing-module.ts). */
const ON_FIRST_USE_BUDGETS: Readonly<Record<string, number>> = { 'misread.js': BUDGETS.billingMisread, 'parts.js': BUDGETS.billingParts };
/** A part not named above is new: it starts from the smallest budget until someone gives it its own. */
const NEW_PART_BUDGET = Math.min(...Object.values(ON_FIRST_USE_BUDGETS));

/** A language's lexicon chunk, as modules/billing-module.ts names it. */
const LEXICON_CHUNK = /^lexicon-[\w-]+\.js$/;

/**
 * Each language's lexicon beside the Billing module, on its own budget. Every language but English
 * must have its chunk: the importer asks for it by name (lib/lexicon/packs.ts).
 */
function lexiconMeasurements(folder: string, build: BuildFiles): Measurement[] {
  const languages = LANGUAGE_CODES.filter((code): code is LoadableLanguage => code !== 'en');
  return languages.map((code) => measure(`billing module: ${code} lexicon`, [posix.join(folder, lexiconChunkFile(code))], build, BUDGETS.lexiconLanguage, false));
}

/** Each language's message chunk, budgeted at English's size plus the allowance. */
function languageMeasurements(surface: string, chunks: string[], build: BuildFiles): Measurement[] {
  const sized = chunks.map((path) => measure(`${surface}: ${languageOf(path)} messages`, [path], build, null, false));
  const english = sized.filter((m) => m.name.endsWith(': en messages'));
  const englishBytes = english.length > 0 ? Math.max(...english.map((m) => m.gzBytes)) : null;
  return sized.map((m) => (m.name.endsWith(': en messages') || englishBytes === null ? m : { ...m, budget: englishBytes + BUDGETS.languageOverEnglish }));
}

/** Problems, as sentences, when a surface's own code carries a language's messages or lexicon (each language must be its own chunk). */
export function checkMessagesApart(manifest: Manifest, build: BuildFiles, label: string): string[] {
  const problems: string[] = [];
  for (const m of measureBuild(manifest, build)) {
    if (m.name.includes(' messages') || m.name.endsWith(' lexicon')) continue;
    for (const file of m.files) {
      if (isMessageChunk(file.path, build)) problems.push(`${label}: ${m.name} loads ${file.path}, a language's messages, up front`);
      if (LEXICON_CHUNK.test(posix.basename(file.path))) problems.push(`${label}: ${m.name} loads ${file.path}, a language's lexicon, up front`);
    }
  }
  return problems;
}

/** Scripts pages may load from the package: the web-accessible resources, globs expanded. */
function webAccessibleScripts(manifest: Manifest, build: BuildFiles): string[] {
  const entries = Array.isArray(manifest.web_accessible_resources) ? manifest.web_accessible_resources : [];
  const patterns = entries.flatMap((e: unknown) => (typeof e === 'string' ? [e] : stringsOf((e as Manifest | null)?.resources)));
  const matchers = patterns
    .filter((p) => WEB_ACCESSIBLE_RESOURCE.test(p))
    .map((p) => new RegExp(`^${p.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`));
  return build.list().filter((path) => /\.m?js$/.test(path) && matchers.some((m) => m.test(path)));
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Problems, as sentences: an entry over budget or naming a file the build lacks. */
export function checkBudgets(measurements: Measurement[], label: string): string[] {
  const problems: string[] = [];
  for (const m of measurements) {
    for (const path of m.missing) problems.push(`${label}: ${m.name} needs ${path}, which is not in the build`);
    if (m.budget !== null && m.gzBytes > m.budget) {
      // The bytes over, too: at one decimal a 35-byte overrun would read "23.0 KB, over its 23.0 KB budget".
      problems.push(`${label}: ${m.name} is ${formatKb(m.gzBytes)} gzipped, ${m.gzBytes - m.budget} bytes over its ${formatKb(m.budget)} budget`);
    }
  }
  return problems;
}

export function formatKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
