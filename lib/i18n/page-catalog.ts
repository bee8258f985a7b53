/**
 * The overlay's messages (the `page` groups of each locale file), one chunk per language in the
 * Billing module's folder. Chrome serves that folder with `use_dynamic_url`, and refuses the module's
 * own `import()` of a sibling chunk; the content script's loader may import it, so the loader hands
 * the module an importer (lib/handover.ts) and the chunks have fixed names (modules/billing-module.ts).
 * Without the importer (tests, the popup's build) the glob's own imports are used.
 */
import type { Catalog } from './catalog-shape';
import { catalogLoader } from './catalog';
import { chunkLoader, handedImporter } from '../handover';
import type { pseudoCatalog } from './pseudo';

const GLOB = import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=page', import: 'default' });
const fileOf = (path: string) => path.replace(/^.*\/([^/]+)\.yml$/, '$1');

function loaders(): Record<string, () => Promise<Catalog>> {
  const importer = handedImporter();
  if (!importer) return GLOB;
  return Object.fromEntries(Object.keys(GLOB).map((path) => [path, () => (importer(`messages-${fileOf(path)}.js`) as Promise<{ default: Catalog }>).then((module) => module.default)]));
}

/**
 * The pseudo-locale is a development setting, so the Billing module does not carry it: it comes with
 * the overlay's parts (`parts.js`, components/overlay/parts/entry.tsx) when that setting is on.
 */
const parts = chunkLoader<{ pseudoCatalog: typeof pseudoCatalog }>('parts.js');

export const loadPageCatalog = catalogLoader(loaders(), async (english) => (await parts.load()).pseudoCatalog(english));
