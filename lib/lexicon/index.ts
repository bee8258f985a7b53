import { CONCEPT_NAMES, type Concept } from './concepts';
import { LANGUAGE_CODES, type LanguageCode } from './types';
import { installedPacks, lexiconVersion } from './packs';
import { charClass, CLASS_OTHER, CLASS_UNSPACED, CLASS_WORD } from './char-class';

export type { Concept } from './concepts';
export type { LanguageCode, LanguagePack } from './types';
export { LANGUAGE_CODES } from './types';
export { installedPacks, isInstalled, lexiconVersion, loadLanguages, type LoadableLanguage } from './packs';

export interface ConceptMatch {
  concept: Concept;
  lang: LanguageCode;
  /** The phrase as written in the language pack (without a trailing `*` marker). */
  phrase: string;
  /** The whole normalised text equals the phrase. */
  exact: boolean;
}

// ---------------------------------------------------------------------------------------------
// Normalisation

const MARKS = /\p{M}+/gu;
// Soft hyphen and Arabic tatweel are typographic, like zero-width and bidi controls: pages insert
// them for layout, never for meaning.
const INVISIBLE = /[\u00AD\u0640\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u02BC\u2032]/g;
const QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
// Letters NFKD leaves whole; folded so that text typed without them (or upper-cased: Turkish
// "KULLANILMIŞ" lower-cases to a dotted i) still meets the phrase.
const LETTER_FOLDS: Readonly<Record<string, string>> = { 'ı': 'i', 'ß': 'ss', 'đ': 'd', 'ł': 'l' };
const LETTERS_TO_FOLD = /[ıßđł]/g;
const HANGUL_JAMO = /[\u1100-\u11FF]/;
const WHITESPACE = /\s+/g;
const LEADING_STARS = /^\*+/;
const TRAILING_STARS_COLONS = /[*:]+$/;
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Folds a label for comparison. Beyond the contract (NFKD, no marks, no invisible characters,
 * lower case, one space, no trailing colon or surrounding asterisks) it recomposes Hangul: NFKD
 * splits syllables into jamo, and a substring match on jamo could start or end inside a syllable.
 * It also maps typographic apostrophes/quotes to ASCII and folds ı ß đ ł.
 */
export function normalizeText(text: string): string {
  let s: string;
  // ASCII is its own NFKD and every other fold is of non-ASCII characters: English skips seven passes.
  if (ASCII.test(text)) s = text.toLowerCase().replace(WHITESPACE, ' ').trim();
  else {
    s = text.normalize('NFKD').replace(MARKS, '').replace(INVISIBLE, '');
    if (HANGUL_JAMO.test(s)) s = s.normalize('NFC');
    s = s
      .toLowerCase()
      .replace(LETTERS_TO_FOLD, (ch) => LETTER_FOLDS[ch] ?? ch)
      .replace(APOSTROPHES, "'")
      .replace(QUOTES, '"')
      .replace(WHITESPACE, ' ')
      .trim();
  }
  for (;;) {
    const next = s.replace(LEADING_STARS, '').replace(TRAILING_STARS_COLONS, '').trim();
    if (next === s) return s;
    s = next;
  }
}

// ---------------------------------------------------------------------------------------------
// Indexes of the installed packs, rebuilt when a language is installed (packs.ts).

interface Entry {
  concept: Concept;
  lang: LanguageCode;
  langRank: number;
  phrase: string;
  norm: string;
  /** The text must not continue the phrase's last word with a letter or digit. */
  needRight: boolean;
}

interface ContainedIndex {
  /** Phrases by their first KEY_LEN code units (or the whole phrase when shorter). */
  byKey: Map<string, Entry[]>;
  shortKeyLengths: readonly number[];
  /** Phrases starting with punctuation: rare, found with indexOf. */
  misc: Entry[];
}

const KEY_LEN = 3;
const LONG_TEXT = 160;
const MSG_PREFIX = 'msg';

function isMessageConcept(concept: Concept): boolean {
  return concept.startsWith(MSG_PREFIX);
}

function buildEntries(): Entry[] {
  const entries: Entry[] = [];
  const known = new Set<string>(CONCEPT_NAMES);
  for (const pack of installedPacks()) {
    const langRank = LANGUAGE_CODES.indexOf(pack.lang);
    for (const [concept, phrases] of Object.entries(pack.terms) as [Concept, readonly string[] | undefined][]) {
      if (!known.has(concept) || !phrases) continue;
      for (const raw of phrases) {
        const openEnd = raw.trimEnd().endsWith('*');
        const phrase = openEnd ? raw.trimEnd().slice(0, -1).trimEnd() : raw.trim();
        const norm = normalizeText(phrase);
        if (!norm) continue;
        const last = norm.charCodeAt(norm.length - 1);
        entries.push({ concept, lang: pack.lang, langRank, phrase, norm, needRight: !openEnd && charClass(last) === CLASS_WORD });
      }
    }
  }
  return entries;
}

function buildContainedIndex(entries: readonly Entry[]): ContainedIndex {
  const byKey = new Map<string, Entry[]>();
  const misc: Entry[] = [];
  const shortLengths = new Set<number>();
  for (const entry of entries) {
    if (charClass(entry.norm.charCodeAt(0)) === CLASS_OTHER) {
      misc.push(entry);
      continue;
    }
    const key = entry.norm.slice(0, KEY_LEN);
    if (key.length < KEY_LEN) shortLengths.add(key.length);
    const bucket = byKey.get(key);
    if (bucket) bucket.push(entry);
    else byKey.set(key, [entry]);
  }
  return { byKey, shortKeyLengths: [...shortLengths].sort((a, b) => b - a), misc };
}

let built: { version: number; exact: Map<string, Entry[]>; all: ContainedIndex; messages: ContainedIndex } | null = null;

function indexes(): NonNullable<typeof built> {
  const version = lexiconVersion();
  if (built?.version === version) return built;
  const entries = buildEntries();
  const exact = new Map<string, Entry[]>();
  for (const entry of entries) {
    const bucket = exact.get(entry.norm);
    if (bucket) bucket.push(entry);
    else exact.set(entry.norm, [entry]);
  }
  built = { version, exact, all: buildContainedIndex(entries), messages: buildContainedIndex(entries.filter((e) => isMessageConcept(e.concept))) };
  return built;
}

// ---------------------------------------------------------------------------------------------
// Scanning

interface Hit {
  entry: Entry;
  start: number;
  end: number;
  exact: boolean;
}

function tryAt(text: string, i: number, entry: Entry, hits: Hit[]): void {
  const norm = entry.norm;
  if (!text.startsWith(norm, i)) return;
  const end = i + norm.length;
  if (i === 0 && end === text.length) return; // the exact map already reported it
  if (entry.needRight && end < text.length && charClass(text.charCodeAt(end)) === CLASS_WORD) return;
  hits.push({ entry, start: i, end, exact: false });
}

function lookupAt(text: string, i: number, index: ContainedIndex, hits: Hit[]): void {
  const bucket = index.byKey.get(text.slice(i, i + KEY_LEN));
  if (bucket) for (const entry of bucket) tryAt(text, i, entry, hits);
  for (const len of index.shortKeyLengths) {
    if (i + len > text.length) continue;
    const short = index.byKey.get(text.slice(i, i + len));
    if (short) for (const entry of short) tryAt(text, i, entry, hits);
  }
}

function scan(norm: string): Hit[] {
  const hits: Hit[] = [];
  if (!norm) return hits;
  const long = norm.length > LONG_TEXT;
  const { exact: exactIndex, all, messages } = indexes();
  if (!long) {
    const exact = exactIndex.get(norm);
    if (exact) for (const entry of exact) hits.push({ entry, start: 0, end: norm.length, exact: true });
  }
  const index = long ? messages : all;
  let prevClass = CLASS_OTHER;
  for (let i = 0; i < norm.length; i++) {
    const cls = charClass(norm.charCodeAt(i));
    // Spaced-script phrases may only start where a word starts; that is the left word boundary.
    if (cls === CLASS_UNSPACED || (cls === CLASS_WORD && prevClass !== CLASS_WORD)) lookupAt(norm, i, index, hits);
    prevClass = cls;
  }
  for (const entry of index.misc) {
    for (let i = norm.indexOf(entry.norm); i >= 0; i = norm.indexOf(entry.norm, i + 1)) tryAt(norm, i, entry, hits);
  }
  return suppressCovered(hits);
}

/**
 * Longest match wins: a phrase lying inside a longer matched phrase of another concept is not a
 * reading of the text ("Available" inside "Available balance", "Redeem" inside "Redeem coupon").
 */
function suppressCovered(hits: Hit[]): Hit[] {
  if (hits.length < 2) return hits;
  return hits.filter((h) => {
    const len = h.end - h.start;
    return !hits.some((g) => g.end - g.start > len && g.start <= h.start && g.end >= h.end && g.entry.concept !== h.entry.concept);
  });
}

function better(a: Hit, b: Hit): boolean {
  if (a.exact !== b.exact) return a.exact;
  if (a.entry.norm.length !== b.entry.norm.length) return a.entry.norm.length > b.entry.norm.length;
  return a.entry.langRank < b.entry.langRank;
}

export function matchConcepts(text: string, among?: readonly Concept[]): ConceptMatch[] {
  const hits = scan(normalizeText(text));
  if (hits.length === 0) return [];
  const wanted = among ? new Set(among) : null;
  const best = new Map<Concept, Hit>();
  for (const hit of hits) {
    const concept = hit.entry.concept;
    if (wanted && !wanted.has(concept)) continue;
    const current = best.get(concept);
    if (!current || better(hit, current)) best.set(concept, hit);
  }
  return [...best.values()]
    .sort((a, b) => (better(a, b) ? -1 : better(b, a) ? 1 : 0))
    .map((h) => ({ concept: h.entry.concept, lang: h.entry.lang, phrase: h.entry.phrase, exact: h.exact }));
}

export function matchesConcept(text: string, concept: Concept): ConceptMatch | null {
  return matchConcepts(text, [concept])[0] ?? null;
}

export function guessLanguage(texts: readonly string[]): LanguageCode | null {
  const matched = new Map<LanguageCode, number>();
  const exact = new Map<LanguageCode, number>();
  for (const text of texts) {
    const hits = scan(normalizeText(text));
    const langs = new Set<LanguageCode>();
    const exactLangs = new Set<LanguageCode>();
    for (const hit of hits) {
      langs.add(hit.entry.lang);
      if (hit.exact) exactLangs.add(hit.entry.lang);
    }
    for (const lang of langs) matched.set(lang, (matched.get(lang) ?? 0) + 1);
    for (const lang of exactLangs) exact.set(lang, (exact.get(lang) ?? 0) + 1);
  }
  let bestLang: LanguageCode | null = null;
  let bestMatched = 0;
  let bestExact = 0;
  for (const lang of LANGUAGE_CODES) {
    const m = matched.get(lang) ?? 0;
    const e = exact.get(lang) ?? 0;
    if (m > bestMatched || (m === bestMatched && m > 0 && e > bestExact)) {
      bestLang = lang;
      bestMatched = m;
      bestExact = e;
    }
  }
  return bestLang;
}
