/**
 * Locale files read from disk, for Node: `npm run inspect` (English titles) and the tests. The
 * extension itself loads catalogues as chunks (catalog.ts); this is the same parser and shape.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMessagesText } from '@wxt-dev/i18n/build';
import { toCatalog, type Catalog, type Scope } from './catalog-shape';
import { LOCALE_FILE } from './locales';
import { createTranslator, type Translator } from './translate';
import type { LanguageCode } from '../lexicon/types';

export const LOCALES_DIR = join(import.meta.dirname, '..', '..', 'locales');

export function readCatalog(file: string, scope: Scope = 'all', dir = LOCALES_DIR): Catalog {
  return toCatalog(parseMessagesText(readFileSync(join(dir, `${file}.yml`), 'utf8'), 'YAML'), scope);
}

/** The locale files present, by Chrome code (`en`, `pt_BR`, `zh_CN` …). */
export function localeFiles(dir = LOCALES_DIR): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => name.slice(0, -4))
    .sort();
}

const read = new Map<string, Catalog>();
/** `locale`'s translator, its catalogue (of `scope`) read once, rendered in `timeZone`: the property tests speak every language. */
export function localeTranslator(locale: LanguageCode, timeZone: string | null, scope: Scope = 'all'): Translator {
  const key = `${locale}:${scope}`;
  let catalog = read.get(key);
  if (!catalog) read.set(key, (catalog = readCatalog(LOCALE_FILE[locale], scope)));
  return createTranslator(locale, catalog, { timeZone });
}

/** English, rendered in `timeZone` (UTC by default, so tests and `inspect` read the same on every machine). */
export const englishTranslator = (timeZone: string | null = null): Translator => localeTranslator('en', timeZone);
