/**
 * `import('…/locales/ja.yml?scope=page')` becomes a module exporting that language's catalogue (only
 * the groups the surface shows). With `import.meta.glob` each file becomes its own chunk, so a page
 * loads exactly the language it speaks (lib/i18n/catalog.ts). The same parser as @wxt-dev/i18n's,
 * so the keys are the ones it types and writes into _locales.
 */
import { readFile } from 'node:fs/promises';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import type { Plugin } from 'vite';
import { SCOPES, shippedCatalog, toCatalog, type Scope } from '../../lib/i18n/catalog-shape';

const LOCALE_FILE = /[\\/]locales[\\/][A-Za-z_]+\.yml$/;

function scopeOf(query: string): Scope {
  const scope = new URLSearchParams(query).get('scope');
  if (scope === null || scope === 'all') return 'all';
  if (Object.hasOwn(SCOPES, scope)) return scope as Scope;
  throw new Error(`[locale-messages] unknown scope "${scope}"`);
}

export function localeMessages(): Plugin {
  return {
    name: 'credit-lens:locale-messages',
    enforce: 'pre',
    async load(id) {
      const [path = '', query = ''] = id.split('?');
      if (!LOCALE_FILE.test(path)) return null;
      this.addWatchFile(path);
      const catalog = shippedCatalog(toCatalog(parseMessagesText(await readFile(path, 'utf8'), 'YAML'), scopeOf(query)));
      return { code: `export default ${JSON.stringify(catalog)};`, map: null };
    },
  };
}
