/**
 * Layers import downward only, so a change low in the stack never has to know what sits above it:
 *
 *   zod.ts -> lexicon -> reader -> i18n -> messages.ts -> credit -> notes -> hints -> board -> report
 *     -> overlay -> session -> components -> entrypoints
 *
 * - `lib/zod.ts` is below everything: it configures zod before any schema exists. `lib/page-store.ts`
 *   (an extension page's localStorage), `lib/time-zone.ts` (which zone to work in) and `lib/iso-day.ts`
 *   (a YYYY-MM-DD date, read strictly) import nothing and sit low too: the words and the board's layout
 *   keep their copies in the first, and the message lookup and the calendar both check their zone in
 *   the second and read a date in the third. `lib/compare-text.ts` (how lists order names) is one
 *   collator, shared by the board's lists and the popup's account picker.
 * - `lib/i18n/` (the message lookup) needs only language codes (lexicon) and currency digits (reader);
 *   the notes' Language setting and everything above it use it.
 * - `lib/messages.ts` (what the popup and the content script say to each other) carries a reading,
 *   so it sits just above the reader; `lib/messages-schema.ts`, the popup's check of the reply, beside it.
 * - `lib/board/` (the deadlines board's rows) and `lib/report/` (misread reports) read through the
 *   layers below them and are read only by components.
 * - `lib/session/` is the Billing session's logic without UI: it drives the reader, the notes and the
 *   overlay's view; what of the session draws (mount, theme, props) is a component
 *   (components/overlay/session/).
 * - Within a layer, files import each other freely; `components/` is one layer (popup, options,
 *   overlay, guides share pieces).
 * - Tests (`*.test.ts(x)`), `scripts/`, `bench/`, `modules/` and `tests/` ship nothing and sit above
 *   every layer: they may import anything, and nothing shipped may import them.
 */
import { posix } from 'node:path';
import { withoutComments } from './html-sinks';

export const LAYERS: readonly string[] = [
  'lib/zod.ts',
  'lib/handover.ts',
  'lib/page-store.ts',
  'lib/time-zone.ts',
  'lib/iso-day.ts',
  'lib/compare-text.ts',
  'lib/lexicon/',
  'lib/reader/',
  'lib/i18n/',
  'lib/messages.ts',
  'lib/messages-schema.ts',
  'lib/credit/',
  'lib/notes/',
  'lib/hints/',
  'lib/board/',
  'lib/report/',
  'lib/overlay/',
  'lib/session/',
  'components/',
  'entrypoints/',
];
/** What ships nothing: above every layer. */
const TOOLING = ['scripts/', 'bench/', 'modules/', 'tests/'];
const TOP = LAYERS.length;

export interface SourceFile {
  /** Relative to the project root, with forward slashes. */
  path: string;
  source: string;
}

export interface UpwardImport {
  file: string;
  line: number;
  imports: string;
  /** The importing file's layer and the imported one's. */
  from: string;
  to: string;
}

const isTest = (path: string) => /\.(test|spec)(\.tsx?)?$/.test(path);

/** The layer a project file belongs to (an index into LAYERS, TOP for tooling), or null outside them all. */
export function layerOf(path: string): number | null {
  if (isTest(path) || TOOLING.some((prefix) => path.startsWith(prefix))) return TOP;
  const index = LAYERS.findIndex((layer) => (layer.endsWith('/') ? path.startsWith(layer) : path.replace(/\.tsx?$/, '') === layer.replace(/\.ts$/, '')));
  return index === -1 ? null : index;
}

const layerName = (index: number) => (index === TOP ? 'tooling' : LAYERS[index]!.replace(/\/$/, ''));

// Static imports and re-exports end in `from '...'` (however many lines they span); side-effect and
// dynamic imports name the module right after `import`.
const SPECIFIER = /\bfrom\s*(['"])([^'"]+)\1|\bimport\s*\(?\s*(['"])([^'"]+)\3/g;

/** A specifier as a project path, or null for a package (`preact`, `wxt/browser`, `#imports`). */
function resolveSpecifier(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/') || specifier.startsWith('~/')) return specifier.slice(2);
  if (specifier.startsWith('./') || specifier.startsWith('../')) return posix.normalize(posix.join(posix.dirname(file), specifier));
  return null;
}

/** Every import in `files` that reaches a higher layer than its own file's. */
export function findUpwardImports(files: readonly SourceFile[]): UpwardImport[] {
  const found: UpwardImport[] = [];
  for (const { path, source } of files) {
    const own = layerOf(path);
    if (own === null || own === TOP) continue;
    const code = withoutComments(source);
    for (const match of code.matchAll(SPECIFIER)) {
      const specifier = match[2] ?? match[4]!;
      const target = resolveSpecifier(path, specifier);
      const layer = target === null ? null : (layerOf(target) ?? layerOf(`${target}/`));
      if (layer === null || layer <= own) continue;
      const line = code.slice(0, match.index).split('\n').length;
      found.push({ file: path, line, imports: specifier, from: layerName(own), to: layerName(layer) });
    }
  }
  return found;
}
