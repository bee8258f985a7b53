/**
 * Saved promo codes: how a typed code meets a saved one. The clocks a code runs on (activation window,
 * expiry) are the credit clock's: lib/credit/code-window.ts.
 */
import type { Code } from '../notes/schema';

/**
 * Marks a paste from an e-mail or a PDF brings along with a code, unseen: soft hyphen, zero-width and
 * bidi marks, BOM. Global, for `replace`: ask with `search`, which ignores `lastIndex`, never `test`.
 */
export const UNSEEN = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

/** How TikTok most likely compares codes: case and spacing do not count. */
export function normaliseCode(text: string): string {
  return typeof text === 'string' ? text.normalize('NFKC').replace(/\s/g, '').replace(UNSEEN, '').toUpperCase() : '';
}

/** Characters that look alike in e-mail fonts, mapped to one of each pair. */
export const LOOK_ALIKES: readonly (readonly [string, string])[] = [
  ['O', '0'],
  ['I', '1'],
  ['L', '1'],
  ['S', '5'],
  ['B', '8'],
];

/** Digits as an Arabic or Persian layout or a Thai keyboard types them. */
const TYPED_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59]/g;

/** `text` with those digits as ASCII ones: each block starts at a multiple of 16, so the low four bits are the value. */
export function asciiDigits(text: string): string {
  return text.replace(TYPED_DIGITS, (digit) => String(digit.charCodeAt(0) & 15));
}

/** Also takes another script's digit as the same as its ASCII one: "١٠٠" typed for "100" is a look-alike, not a match. */
export function foldLookAlikes(normalised: string): string {
  let out = '';
  for (const ch of asciiDigits(normalised)) out += LOOK_ALIKES.find(([letter]) => letter === ch)?.[1] ?? ch;
  return out;
}

export interface SavedCodeMatch {
  code: Code;
  /** `look-alike`: equal only once O/0, I/1/l, S/5, B/8 are taken as the same character. */
  match: 'exact' | 'look-alike';
}

/** The saved code the user is most likely typing: exact before look-alike, the page's account first. */
export function findSavedCode(typed: string, codes: readonly Code[], accountId: string | null): SavedCodeMatch | null {
  const wanted = normaliseCode(typed);
  if (!wanted) return null;
  const folded = foldLookAlikes(wanted);
  const ranked = [...codes].sort((a, b) => Number(b.accountId === accountId) - Number(a.accountId === accountId));
  const exact = ranked.find((code) => normaliseCode(code.code) === wanted);
  if (exact) return { code: exact, match: 'exact' };
  const alike = ranked.find((code) => foldLookAlikes(normaliseCode(code.code)) === folded);
  return alike ? { code: alike, match: 'look-alike' } : null;
}
