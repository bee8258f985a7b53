import { UNSEEN, asciiDigits } from './codes';

/**
 * What a user typed or pasted, as the forms, the options page and the board's search read it:
 * compatibility forms become their plain ones (NFKC: a Japanese input method's fullwidth "５００",
 * "ＣＯＤＥ" or "，"), other digits become ASCII, and the marks a paste carries unseen (`UNSEEN`, the
 * typing card's) go.
 *
 * Not the reader's `foldText`, which leaves "①" and "²" alone because a page's are not amounts: in a
 * field meant for a number, NFKC's reading is what the user meant. Importing the reader's fold also
 * split the board's first paint into two files (one more request, 250 bytes over its budget).
 */
export function foldTyped(text: string): string {
  return asciiDigits(text.normalize('NFKC').replace(UNSEEN, ''));
}
