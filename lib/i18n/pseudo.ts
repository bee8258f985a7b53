/**
 * The pseudo-locale (en-XA, as Chrome names it): English with accented letters, about 40% longer and
 * wrapped in brackets, placeholders kept. Text that shows without brackets skipped the lookup; text
 * that is cut off would be cut off in German or Russian too.
 */
import type { Catalog, CatalogEntry } from './catalog-shape';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((ch, i) => [ch, [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);
const PLACEHOLDER = /(\{[A-Za-z0-9_]+\})/;
const PAD = ' ·'.repeat(40);

export function pseudoText(text: string): string {
  const accented = text
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : [...part].map((ch) => ACCENTED[ch] ?? ch).join('')))
    .join('');
  const visible = text.replace(/\{[A-Za-z0-9_]+\}/g, '').length;
  const pad = Math.ceil(visible * 0.4);
  return `[${accented}${PAD.slice(0, pad)}]`;
}

const pseudoEntry = (entry: CatalogEntry): CatalogEntry =>
  typeof entry === 'string' ? pseudoText(entry) : Object.fromEntries(Object.entries(entry).map(([category, text]) => [category, pseudoText(text!)]));

export function pseudoCatalog(english: Catalog): Catalog {
  return Object.fromEntries(Object.entries(english).map(([key, entry]) => [key, pseudoEntry(entry)]));
}
