import type { Account } from '../notes/schema';
import type { HintInput } from './types';

/**
 * Which account's notes a hint may speak about. On a page, the page's ad account; with no page (the
 * popup) or a page whose account could not be read, every account: the alternative is saying nothing.
 */
export function inScope(input: HintInput, accountId: string): boolean {
  const pageAccount = input.reading?.accountId ?? null;
  return pageAccount === null || pageAccount === accountId;
}

export function accountNotes(input: HintInput, accountId: string | null): Account | null {
  if (!accountId) return null;
  return input.notes.accounts.find((account) => account.id === accountId) ?? null;
}
