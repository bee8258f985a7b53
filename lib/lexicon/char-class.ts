/**
 * Character classes for the lexicon's scanner (index.ts), cached per UTF-16 code unit because it
 * asks about every character of every text.
 */
export const CLASS_OTHER = 1; // a word boundary: space, punctuation, symbol
export const CLASS_WORD = 2; // letter or digit of a script that separates words with spaces
export const CLASS_UNSPACED = 3; // Han, kana, Thai, Hangul...: matched as plain substrings

const WORD_CHAR = /[\p{L}\p{N}]/u;
// Hangul is spaced, but Korean glues particles to words (쿠폰 코드를), so whole-word matching would
// miss most labels; with syllables recomposed a substring match is as safe as for Chinese.
const UNSPACED_CHAR =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u30FC]/u;

const classCache = new Uint8Array(0x10000);

/**
 * The classes of Latin-1 and of general punctuation and currency signs, written out: an English page's
 * first "·", "–" or "’" would otherwise compile both Unicode regexes above (about a millisecond of a
 * first read). char-class.test.ts holds these to the regexes for every code unit they cover.
 */
function writtenClass(code: number): number {
  if (code <= 0xff) {
    const letterOrDigit = code === 0xaa || code === 0xb2 || code === 0xb3 || code === 0xb5 || code === 0xb9 || code === 0xba ||
      (code >= 0xbc && code <= 0xbe) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7);
    return letterOrDigit ? CLASS_WORD : CLASS_OTHER;
  }
  return (code >= 0x2000 && code <= 0x206f) || (code >= 0x20a0 && code <= 0x20bf) ? CLASS_OTHER : 0;
}

export function charClass(code: number): number {
  const cached = classCache[code];
  if (cached) return cached;
  let cls: number;
  if (code < 0x80) {
    cls = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a)
      ? CLASS_WORD
      : CLASS_OTHER;
  } else if (code >= 0xd800 && code <= 0xdfff) {
    // Astral characters on a page are mostly CJK extensions or emoji; both end a spaced word.
    cls = CLASS_UNSPACED;
  } else {
    cls = writtenClass(code) || regexClass(code);
  }
  classCache[code] = cls;
  return cls;
}

/** What the Unicode regexes say of a code unit: the classes not written out, and what tests hold the written ones to. */
export function regexClass(code: number): number {
  const ch = String.fromCharCode(code);
  return UNSPACED_CHAR.test(ch) ? CLASS_UNSPACED : WORD_CHAR.test(ch) ? CLASS_WORD : CLASS_OTHER;
}
