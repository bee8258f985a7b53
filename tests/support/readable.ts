import { expect } from 'vitest';

/** What no sentence of ours contains: a number or date that failed, a value or placeholder missing. */
const UNREADABLE = /NaN|undefined|\bnull\b|Infinity|Invalid Date|\{[a-zA-Z]+\}/;

/** `text` is something a person can read: not blank, and none of the leftovers of a value that failed. */
export function expectReadable(text: string, where: string): void {
  expect(text, where).not.toMatch(UNREADABLE);
  expect(text.trim(), where).not.toBe('');
}
