/**
 * A surface's words with those of a part loaded later (the popup's guides, the board's pasted account
 * list: their own chunk per language), as one lookup. Its own module, so a surface's first paint,
 * which has `translate.ts`, does not carry it.
 */
import type { CatalogLoader, TranslatorLoader } from './catalog';
import { createTranslator } from './translate';

export const mergedTranslatorLoader =
  (surface: CatalogLoader, part: CatalogLoader): TranslatorLoader =>
  async (locale, timeZone) => {
    const [first, more] = await Promise.all([surface(locale), part(locale)]);
    return createTranslator(first.locale, { ...first.catalog, ...more.catalog }, { timeZone });
  };
