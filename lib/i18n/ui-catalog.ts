/** The popup's and the options page's messages, one chunk per language. */
import type { Catalog } from './catalog-shape';
import { catalogLoader } from './catalog';

export const loadUiCatalog = catalogLoader(import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=all', import: 'default' }));
