/**
 * `import('…/locales/ja.yml?scope=page')` becomes a module exporting that language's catalogue (only
 * the groups the surface shows). With `import.meta.glob` each file becomes its own chunk, so a page
 * loads exactly the language it speaks (lib/i18n/catalog.ts). The same parser as @wxt-dev/i18n's,
 * so the keys are the ones it types and writes into _locales.
 *
 * With `&hash` in the query, the module exports a hash of that catalogue instead: what a page that keeps
 * its words from one opening to the next (lib/i18n/kept-words.ts) checks its copy against.
 */
import { createHash } from 'node:crypto';
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

/** A catalogue's hash, short: it tells one version of a language's words from another, not a secret. */
export const catalogHash = (json: string): string => createHash('sha256').update(json).digest('base64url').slice(0, 16);

export function localeMessages(): Plugin {
  return {
    name: 'credit-lens:locale-messages',
    enforce: 'pre',
    async load(id) {
      const [path = '', query = ''] = id.split('?');
      if (!LOCALE_FILE.test(path)) return null;
      this.addWatchFile(path);
      const json = JSON.stringify(shippedCatalog(toCatalog(parseMessagesText(await readFile(path, 'utf8'), 'YAML'), scopeOf(query))));
      const exported = new URLSearchParams(query).has('hash') ? JSON.stringify(catalogHash(json)) : json;
      return { code: `export default ${exported};`, map: null };
    },
  };
}
