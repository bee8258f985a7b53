/**
 * Whether a promotion the page lists and an offer in the notes are the same one, by name. Users name
 * offers their own way: the page's "New advertiser offer" is noted as "New advertiser offer: spend $50,
 * get $50". So a name counts as the same when one holds the other as a whole run of words.
 */
const wordsOf = (name: string): string[] =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');

function runAt(longer: readonly string[], shorter: readonly string[], at: number): boolean {
  return shorter.every((word, i) => longer[at + i] === word);
}

export function sameOfferName(a: string, b: string): boolean {
  const [x, y] = [wordsOf(a), wordsOf(b)];
  if (x.length === 0 || y.length === 0) return false;
  const [shorter, longer] = x.length <= y.length ? [x, y] : [y, x];
  // A lone word ("Offer", "Coupon") would match every name that has it anywhere; it must lead the other.
  if (shorter.length === 1) return longer[0] === shorter[0];
  for (let at = 0; at + shorter.length <= longer.length; at++) if (runAt(longer, shorter, at)) return true;
  return false;
}
