/** The overlay's messages (the `page` groups of each locale file), one chunk per language in the Billing module's folder. */
import type { Catalog } from './catalog-shape';
import { catalogLoader } from './catalog';

export const loadPageCatalog = catalogLoader(import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=page', import: 'default' }));
