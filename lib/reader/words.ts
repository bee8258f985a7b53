import { lexiconVersion, matchConcepts, normalizeText, type Concept, type ConceptMatch } from '../lexicon';

/**
 * The lexicon's answers for texts the reader has asked about before. A page shows the same few
 * hundred words on every read, and re-reads after each change, so each (text, concepts) pair is
 * matched once. The answers are shared: callers read them and never change them.
 */
const LIMIT = 5_000;
const matched = new Map<string, Map<string, readonly ConceptMatch[]>>();
const groupKeys = new WeakMap<readonly Concept[], string>();
const normalizedTexts = new Map<string, string>();

function groupKey(concepts: readonly Concept[] | undefined): string {
  if (!concepts) return '*';
  let key = groupKeys.get(concepts);
  if (key === undefined) groupKeys.set(concepts, (key = concepts.join(' ')));
  return key;
}

export function conceptsIn(text: string, concepts?: readonly Concept[]): readonly ConceptMatch[] {
  return remembered(groupKey(concepts), text, () => matchConcepts(text, concepts));
}

export function conceptIn(text: string, concept: Concept): ConceptMatch | null {
  return remembered(concept, text, () => matchConcepts(text, [concept]))[0] ?? null;
}

let matchedVersion = -1;

function remembered(key: string, text: string, match: () => ConceptMatch[]): readonly ConceptMatch[] {
  // A language installed since (lib/lexicon/packs.ts) may match what matched nothing before.
  if (matchedVersion !== lexiconVersion()) {
    matched.clear();
    matchedVersion = lexiconVersion();
  }
  let cache = matched.get(key);
  if (!cache) matched.set(key, (cache = new Map()));
  let matches = cache.get(text);
  if (matches === undefined) {
    matches = Object.freeze(match());
    if (cache.size >= LIMIT) cache.clear();
    cache.set(text, matches);
  }
  return matches;
}

export function normalized(text: string): string {
  let result = normalizedTexts.get(text);
  if (result === undefined) {
    result = normalizeText(text);
    if (normalizedTexts.size >= LIMIT) normalizedTexts.clear();
    normalizedTexts.set(text, result);
  }
  return result;
}
