/**
 * The overlay's messages (the `page` groups of each locale file), one chunk per language in the
 * Billing module's folder. Chrome serves that folder with `use_dynamic_url`, and refuses the module's
 * own `import()` of a sibling chunk; the content script's loader may import it, so the loader hands
 * the module an importer (CHUNK_IMPORTER) and the chunks have fixed names (modules/billing-module.ts).
 * Without the importer (tests, the popup's build) the glob's own imports are used.
 */
import type { Catalog } from './catalog-shape';
import { catalogLoader } from './catalog';
import { CHUNK_IMPORTER } from '../lexicon/packs';

export { CHUNK_IMPORTER };
type ChunkImporter = (file: string) => Promise<{ default: Catalog }>;

const GLOB = import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=page', import: 'default' });
const fileOf = (path: string) => path.replace(/^.*\/([^/]+)\.yml$/, '$1');

function loaders(): Record<string, () => Promise<Catalog>> {
  const importer = (globalThis as Record<symbol, unknown>)[CHUNK_IMPORTER] as ChunkImporter | undefined;
  if (typeof importer !== 'function') return GLOB;
  return Object.fromEntries(Object.keys(GLOB).map((path) => [path, () => importer(`messages-${fileOf(path)}.js`).then((module) => module.default)]));
}

export const loadPageCatalog = catalogLoader(loaders());
