/**
 * The notebook's plain values: the empty notes, the default settings and the fields a fix can hold.
 * Apart from the schemas (schema.ts) so that code which only needs a value, not a check, does not load
 * zod with it: the overlay's view and the misread panel are in the Billing module (issue 11, its weight).
 */
import type { Account, NotesDoc, Settings } from './schema';

/** The values a user can show Credit Lens by pointing (issue 12): four balances and the promo code entry. */
export const FIX_FIELDS = ['accountBalance', 'cashBalance', 'creditBalance', 'spendSoFar', 'couponEntry'] as const;

export const EMPTY_NOTES: NotesDoc = Object.freeze({ accounts: [], offers: [], codes: [], notes: [], fixes: [] }) as NotesDoc;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  reminderLeadDays: [7, 1],
  overlayOn: { ads: true, business: true },
  dismissedHints: [],
  overlayMinimised: false,
  language: 'auto',
  showMarks: true,
}) as Settings;

/** An account the notes know only by its ID (and the currency its items are in): the user never named it. */
export const unnamedAccount = (id: string, currency: string | null): Account => ({ id, name: null, currency, billingType: null, businessCenterOwned: null, lastSeenOn: null });

/**
 * An account added again (from the popup and the board, or a list that repeats one) loses nothing:
 * what the notes know stays where the new entry left a blank.
 */
export const addedAccount = (known: Account | undefined, added: Account): Account =>
  known ? { ...known, name: added.name ?? known.name, currency: added.currency ?? known.currency, billingType: added.billingType ?? known.billingType } : added;
