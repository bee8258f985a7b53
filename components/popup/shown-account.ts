import { useMemo } from 'preact/hooks';
import type { Account } from '../../lib/notes/schema';
import type { LoadedNotes } from '../../lib/notes/store';
import { accountDueFirst } from './deadlines';
import type { FoundSummary } from './page-summary';

export interface ShownAccount {
  account: Account | null;
  /** The open Ads Manager page's account is in the notes. */
  pageAccountKnown: boolean;
  /** Shown because its deadline is the nearest: no page said which account, and none was chosen. */
  dueFirst: boolean;
}

/**
 * Which account the popup shows: the one the user chose while it is open; else the open Ads Manager
 * page's, when the notes know it; else the one whose deadline is nearest, which the toolbar badge
 * counts down to; else the first in the notes.
 */
export function useShownAccount(loaded: LoadedNotes | null, found: FoundSummary | null | undefined, chosen: string | null, now: Date): ShownAccount {
  const accounts = loaded?.notes.accounts ?? [];
  const pageAccountId = found?.summary?.accountId ?? null;
  const pageAccountKnown = pageAccountId !== null && accounts.some((account) => account.id === pageAccountId);
  const chosenKnown = chosen !== null && accounts.some((account) => account.id === chosen);
  // Asked only when there is a choice to make.
  const dueFirst = useMemo(
    () => (loaded && !chosenKnown && !pageAccountKnown && accounts.length > 1 ? accountDueFirst(loaded.notes, loaded.observations, now) : null),
    [loaded, chosenKnown, pageAccountKnown, now],
  );
  const selectedId = chosenKnown ? chosen : pageAccountKnown ? pageAccountId : (dueFirst ?? accounts[0]?.id ?? null);
  const account = accounts.find((candidate) => candidate.id === selectedId) ?? null;
  return { account, pageAccountKnown, dueFirst: dueFirst !== null && selectedId === dueFirst };
}
