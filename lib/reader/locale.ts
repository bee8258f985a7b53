import { LANGUAGE_CODES, type LanguageCode } from '../lexicon';
import { LOCALE_FACTS } from './intl-facts';

/** Maps a page's `lang` attribute (any BCP 47 tag) to the lexicon language it is written in. */
export function lexiconLanguageOf(tag: string | null | undefined): LanguageCode | null {
  if (!tag) return null;
  const lower = tag.toLowerCase();
  if (lower.startsWith('zh')) {
    return /hant|tw|hk|mo/.test(lower) ? 'zh-Hant' : 'zh-Hans';
  }
  if (lower.startsWith('pt')) return 'pt-BR';
  const base = lower.split(/[-_]/)[0] ?? '';
  if (base === 'in') return 'id'; // Java's legacy code for Indonesian still shows up in lang attributes
  return LANGUAGE_CODES.find((code) => code === base) ?? null;
}

/** The Intl locale for parsing: the page's own tag when it names a region, else the language's market. */
export function intlLocaleFor(declared: string | null, language: LanguageCode | null): string | undefined {
  if (declared && /^[a-z]{2,3}[-_][A-Za-z]{2,4}/.test(declared) && lexiconLanguageOf(declared) === language) return declared.replace('_', '-');
  return language ? LOCALE_FACTS[language].locale : undefined;
}
