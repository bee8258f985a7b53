import { handedImporter } from '../handover';
import en from './en';
import { LANGUAGE_CODES, type LanguageCode, type LanguagePack } from './types';

/**
 * Which language packs the matcher knows (issue 11). English is always there, imported statically:
 * the Billing module reads English pages at first paint without waiting. Every other language is its
 * own chunk (`lexicon-<code>.js` in the Billing module's folder, modules/billing-module.ts), loaded
 * when a page needs it (lib/reader/page-languages.ts). Chrome refuses the module's own `import()` of a
 * sibling under `use_dynamic_url`, so in the extension the content script's importer (lib/handover.ts)
 * loads the chunk; without it (tests, the popup, inspect) the `import()` below does.
 */
export type LoadableLanguage = Exclude<LanguageCode, 'en'>;

const IMPORTS: Record<LoadableLanguage, () => Promise<{ default: LanguagePack }>> = {
  es: () => import('./es'),
  'pt-BR': () => import('./pt-BR'),
  fr: () => import('./fr'),
  de: () => import('./de'),
  it: () => import('./it'),
  id: () => import('./id'),
  ms: () => import('./ms'),
  vi: () => import('./vi'),
  th: () => import('./th'),
  ja: () => import('./ja'),
  ko: () => import('./ko'),
  'zh-Hans': () => import('./zh-Hans'),
  'zh-Hant': () => import('./zh-Hant'),
  ar: () => import('./ar'),
  tr: () => import('./tr'),
  ru: () => import('./ru'),
  pl: () => import('./pl'),
};

/** The fixed file name of a language's chunk; the importer accepts only such names. */
export const lexiconChunkFile = (code: LoadableLanguage): string => `lexicon-${code}.js`;

function importPack(code: LoadableLanguage): Promise<LanguagePack> {
  const importer = handedImporter();
  const module = importer ? (importer(lexiconChunkFile(code)) as Promise<{ default: LanguagePack }>) : IMPORTS[code]();
  return module.then((loaded) => {
    if (loaded?.default?.lang !== code) throw new Error(`the lexicon chunk for ${code} holds ${String(loaded?.default?.lang)}`);
    return loaded.default;
  });
}

let installed: readonly LanguagePack[] = /* @__PURE__ */ Object.freeze([en]);
let version = 0;

/** The installed packs, in LANGUAGE_CODES order (the matcher breaks ties by it). */
export function installedPacks(): readonly LanguagePack[] {
  return installed;
}

export function isInstalled(code: LanguageCode): boolean {
  return installed.some((pack) => pack.lang === code);
}

/** Grows whenever a pack is installed: a text that matched nothing before may match now. */
export function lexiconVersion(): number {
  return version;
}

/** Installs the languages not installed yet; resolves to whether any was added. */
export async function loadLanguages(codes: Iterable<LanguageCode>): Promise<boolean> {
  const missing = [...new Set(codes)].filter((code): code is LoadableLanguage => !isInstalled(code));
  if (missing.length === 0) return false;
  const loaded = await Promise.all(missing.map(importPack));
  // Another load may have installed some of these while they were on their way.
  const added = loaded.filter((pack) => !isInstalled(pack.lang));
  if (added.length === 0) return false;
  installed = Object.freeze([...installed, ...added].sort((a, b) => LANGUAGE_CODES.indexOf(a.lang) - LANGUAGE_CODES.indexOf(b.lang)));
  version++;
  return true;
}
