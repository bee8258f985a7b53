/**
 * The background's messages: notifications and the toolbar button's tooltip (the `notify` groups of
 * each locale file). A service worker may not `import()`, so every language's few messages are built
 * into the background script; the Language setting switches them without a reload.
 */
import type { Catalog } from './catalog-shape';
import { catalogLoader } from './catalog';
import { pseudoCatalog } from './pseudo';
import { translatorLoader } from './translate';

const EAGER = import.meta.glob<Catalog>('../../locales/*.yml', { query: '?scope=notify', import: 'default', eager: true });

export const loadNotifyTranslator = translatorLoader(catalogLoader(Object.fromEntries(Object.entries(EAGER).map(([path, catalog]) => [path, async () => catalog])), pseudoCatalog));
