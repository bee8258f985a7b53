/** Other digits as an Arabic or Persian layout or a Thai keyboard types them. */
const TYPED_DIGITS = /[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59]/g;
/**
 * Marks a paste from an e-mail or a PDF carries unseen (soft hyphen, zero-width and bidi marks, BOM):
 * the ones the typing card flags on the page (lib/hints/codes.ts).
 */
const UNSEEN = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/**
 * What a user typed or pasted, as the forms and the options page read it: compatibility forms become
 * their plain ones (NFKC: a Japanese input method's fullwidth "５００", "ＣＯＤＥ" or "，"), other digits
 * become ASCII, and unseen marks go.
 *
 * Not the reader's `foldText`, which leaves "①" and "²" alone because a page's are not amounts: in a
 * field meant for a number, NFKC's reading is what the user meant. Importing the reader's fold also
 * split the board's first paint into two files (one more request, 250 bytes over its budget).
 */
export function foldTyped(text: string): string {
  return text
    .normalize('NFKC')
    .replace(UNSEEN, '')
    .replace(TYPED_DIGITS, (digit) => String(digit.charCodeAt(0) & 15));
}
