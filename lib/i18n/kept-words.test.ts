import { describe, expect, it, vi } from 'vitest';
import { catalogHash } from '../../scripts/i18n/vite-plugin';
import type { PageStore } from '../page-store';
import type { Catalog } from './catalog-shape';
import type { CatalogLoader } from './catalog';
import { keptWords } from './kept-words';

const WORDS: Record<string, Catalog> = { en: { 'board.heading': 'All accounts' }, de: { 'board.heading': 'Alle Konten' } };
const hashesOf = (words: Record<string, Catalog>) => Object.fromEntries(Object.entries(words).map(([file, catalog]) => [`../../locales/${file}.yml`, catalogHash(JSON.stringify(catalog))]));

function memoryStore(): PageStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

/** A loader over `words`, counting its loads (each a chunk fetched). */
const chunks = (words = WORDS) => vi.fn<CatalogLoader>(async (locale) => (words[locale] ? { locale, catalog: words[locale] } : { locale: 'en', catalog: words.en! }));

describe("a page's words kept from one opening to the next", () => {
  it('the next opening of the same build has them without loading the chunk, the same words', async () => {
    const store = memoryStore();
    const first = chunks();
    expect(await keptWords(first, 'words', hashesOf(WORDS), () => store)('de')).toEqual({ locale: 'de', catalog: WORDS.de });
    expect(first).toHaveBeenCalledTimes(1);

    const next = chunks();
    expect(await keptWords(next, 'words', hashesOf(WORDS), () => store)('de')).toEqual({ locale: 'de', catalog: WORDS.de });
    expect(next).not.toHaveBeenCalled();
  });

  it('a build whose words changed loads them again and keeps the new ones: a copy is never used by another version', async () => {
    const store = memoryStore();
    await keptWords(chunks(), 'words', hashesOf(WORDS), () => store)('de');
    const changed = { ...WORDS, de: { 'board.heading': 'Alle Werbekonten' } };
    const load = chunks(changed);
    expect((await keptWords(load, 'words', hashesOf(changed), () => store)('de')).catalog).toEqual(changed.de);
    expect(load).toHaveBeenCalledTimes(1);
    const after = chunks(changed);
    expect((await keptWords(after, 'words', hashesOf(changed), () => store)('de')).catalog).toEqual(changed.de);
    expect(after).not.toHaveBeenCalled();
  });

  it('keeps each language apart, so a page that speaks the browser language before its notes name another finds both', async () => {
    const store = memoryStore();
    await keptWords(chunks(), 'words', hashesOf(WORDS), () => store)('en');
    await keptWords(chunks(), 'words', hashesOf(WORDS), () => store)('de');
    const load = chunks();
    const kept = keptWords(load, 'words', hashesOf(WORDS), () => store);
    expect((await kept('en')).catalog).toEqual(WORDS.en);
    expect((await kept('de')).catalog).toEqual(WORDS.de);
    expect(load).not.toHaveBeenCalled();
  });

  it('a language without words of its own keeps the English it falls back to, under its own name', async () => {
    const store = memoryStore();
    const hashes = { ...hashesOf(WORDS), '../../locales/ja.yml': catalogHash(JSON.stringify(WORDS.en)) };
    await keptWords(chunks(), 'words', hashes, () => store)('ja');
    const load = chunks();
    expect(await keptWords(load, 'words', hashes, () => store)('ja')).toEqual({ locale: 'en', catalog: WORDS.en });
    expect(load).not.toHaveBeenCalled();
  });

  it('the pseudo-locale, which the build ships no words for, is always loaded and never kept', async () => {
    const store = memoryStore();
    const load = chunks();
    const kept = keptWords(load, 'words', hashesOf(WORDS), () => store);
    await kept('en-XA');
    await kept('en-XA');
    expect(load).toHaveBeenCalledTimes(2);
    expect(store.items.size).toBe(0);
  });

  it('what it cannot read, or cannot keep, costs only a load', async () => {
    const store = memoryStore();
    for (const broken of ['not json', 'null', '{"hash": 1}', JSON.stringify({ hash: hashesOf(WORDS)['../../locales/de.yml'], locale: 'de', catalog: null })]) {
      store.items.set('words/de', broken);
      const load = chunks();
      expect((await keptWords(load, 'words', hashesOf(WORDS), () => store)('de')).catalog).toEqual(WORDS.de);
      expect(load).toHaveBeenCalledTimes(1);
    }
    const full: PageStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    expect((await keptWords(chunks(), 'words', hashesOf(WORDS), () => full)('de')).catalog).toEqual(WORDS.de);
    const off = chunks();
    const none = keptWords(off, 'words', hashesOf(WORDS), () => null);
    await none('de');
    await none('de');
    expect(off).toHaveBeenCalledTimes(2);
  });
});

describe("the build's hash of a language's words", () => {
  it("is the hash of the very words the page loads for that language (the board's, in German)", () => {
    const catalogs = import.meta.glob<Catalog>('../../locales/de.yml', { query: '?scope=board', import: 'default', eager: true });
    const hashes = import.meta.glob<string>('../../locales/{de,en}.yml', { query: '?scope=board&hash', import: 'default', eager: true });
    const hash = hashes['../../locales/de.yml'];
    expect(hash).toBe(catalogHash(JSON.stringify(catalogs['../../locales/de.yml'])));
    expect(hash).not.toBe(hashes['../../locales/en.yml']);
  });
});
