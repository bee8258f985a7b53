import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNK_IMPORTER } from '../handover';
import type { Catalog } from './catalog-shape';
import { PSEUDO_LOCALE } from './locales';
import { pseudoCatalog } from './pseudo';

const scope = globalThis as Record<symbol, unknown>;
const ENGLISH: Catalog = { 'common.brand': 'Credit Lens', 'dock.more': { one: '+{count} more', other: '+{count} more' } };

afterEach(() => {
  delete scope[CHUNK_IMPORTER];
});

describe('the overlay’s messages in the Billing module', () => {
  it('makes the pseudo-locale from English with the code that comes with parts.js, a development setting', async () => {
    const asked: string[] = [];
    scope[CHUNK_IMPORTER] = async (file: string) => {
      asked.push(file);
      if (file === 'messages-en.js') return { default: ENGLISH };
      if (file === 'parts.js') return { pseudoCatalog };
      throw new Error(`no ${file} here`);
    };
    vi.resetModules();
    const { loadPageCatalog } = await import('./page-catalog');
    expect(await loadPageCatalog(PSEUDO_LOCALE)).toEqual({ locale: PSEUDO_LOCALE, catalog: pseudoCatalog(ENGLISH) });
    expect(asked.sort()).toEqual(['messages-en.js', 'parts.js']);
    // Any other language loads its messages alone.
    asked.length = 0;
    expect((await loadPageCatalog('en')).catalog).toEqual(ENGLISH);
    expect(asked).toEqual(['messages-en.js']);
  });
});
