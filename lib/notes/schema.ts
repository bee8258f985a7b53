/**
 * The user's notebook, as stored and as exported. Every value read from storage or from an import file
 * passes these schemas (lib/notes/store.ts); a value that fails is quarantined, never dropped.
 *
 * Shared contract: the hint rules (lib/hints), the popup and options page, the background and the
 * content script all speak these types.
 */
import { z } from '../zod';
import { PSEUDO_LOCALE } from '../i18n/locales';
import { LANGUAGE_CODES, type LanguageCode } from '../lexicon/types';
import { FixTarget } from '../reader/fix-target-schema';
import { CurrencyCode, Decimal, IsoDate, PageKind } from '../reader/reading';
import { ADVERTISER_ID, ISO_INSTANT } from '../reader/value-shapes';
import { FIX_FIELDS } from './defaults';

// The plain values live in defaults.ts (no zod); code that loads the schema anyway may take them from here.
export { DEFAULT_SETTINGS, EMPTY_NOTES, FIX_FIELDS } from './defaults';

/** A moment with its offset, as `Date.prototype.toISOString()` writes it. */
export const IsoDateTime = z.string().check(
  z.regex(ISO_INSTANT, 'date and time like 2026-11-24T09:30:00Z'),
);
export const EntityId = z.string().check(z.minLength(1, 'an id'), z.maxLength(64, 'an id of at most 64 characters'));
/** TikTok advertiser ids (`aadvid`) are digit strings. */
export const AccountId = z.string().check(z.regex(ADVERTISER_ID, 'an advertiser id: 6 to 25 digits'));

export const BillingType = z.enum(['manual', 'automatic', 'invoice']);

export const Account = z.object({
  id: AccountId,
  name: z.nullable(z.string().check(z.maxLength(200))),
  currency: z.nullable(CurrencyCode),
  billingType: z.nullable(BillingType),
  /** Owned by a Business Center: some offers exclude such accounts (DOMAIN.md, eligibility). */
  businessCenterOwned: z.nullable(z.boolean()),
  /** Where the user last saw the account: `ads` (Ads Manager) or `business` (Business Center). */
  lastSeenOn: z.nullable(z.enum(['ads', 'business'])),
});
export type Account = z.infer<typeof Account>;
/** Accounts added at once (a pasted list); a longer list is refused whole. Far more than a Business Center holds. */
export const MAX_ACCOUNTS_ADDED = 500;

export { CODE_ACTIVATION_DAYS, DEFAULT_CREDIT_VALIDITY_DAYS, DEFAULT_PROCESSING_WINDOW_HOURS } from '../credit/terms';

/** Spend-match offer ("spend X, get Y"). Dates the user did not give stay null; rules use the defaults above. */
export const OfferStatus = z.enum(['tracking', 'arrived', 'used-up', 'expired', 'dismissed']);
export const Offer = z.object({
  id: EntityId,
  accountId: AccountId,
  name: z.string().check(z.minLength(1, 'a name'), z.maxLength(200)),
  /** Cumulative qualifying spend that earns the credit, in `currency`. */
  threshold: Decimal,
  creditAmount: z.nullable(Decimal),
  currency: z.nullable(CurrencyCode),
  /** Only spend after activation counts (DOMAIN.md). */
  activatedOn: z.nullable(IsoDateTime),
  /** Deadline to reach the threshold. */
  qualifyBy: z.nullable(IsoDate),
  /** Hours after crossing within which the credit should land; 48 unless the program says otherwise. */
  processingWindowHours: z.number().check(z.int(), z.gte(1), z.lte(24 * 60)),
  /** The user's own crossing time; otherwise the first observation at or over the threshold counts. */
  crossedOn: z.nullable(IsoDateTime),
  arrivedOn: z.nullable(IsoDateTime),
  expiresOn: z.nullable(IsoDate),
  /** Validity once credit lands, used when `expiresOn` is unknown (90 by default; some offers 30 or 60). */
  creditValidityDays: z.number().check(z.int(), z.gte(1), z.lte(3650)),
  status: OfferStatus,
  /** `page` when added with "track this offer" from a promotion the page showed. */
  source: z.enum(['manual', 'page']),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Offer = z.infer<typeof Offer>;

export const RejectionCause = z.enum([
  'expired',
  'already-used',
  'not-eligible',
  'promotion-active',
  'invalid',
  'unknown',
]);
export type RejectionCause = z.infer<typeof RejectionCause>;

export const CodeStatus = z.enum(['unused', 'applied', 'rejected']);
export const Code = z.object({
  id: EntityId,
  accountId: AccountId,
  code: z.string().check(z.minLength(1, 'the code'), z.maxLength(64, 'at most 64 characters')),
  /** Where it came from: "e-mail from TikTok", "Shopify", an event... */
  source: z.nullable(z.string().check(z.maxLength(200))),
  receivedOn: IsoDate,
  /** Null means the rule's default: received + 14 days. */
  activateBy: z.nullable(IsoDate),
  expiresOn: z.nullable(IsoDate),
  amount: z.nullable(Decimal),
  currency: z.nullable(CurrencyCode),
  status: CodeStatus,
  rejectedCause: z.nullable(RejectionCause),
  rejectedMessage: z.nullable(z.string().check(z.maxLength(2000))),
  appliedOn: z.nullable(IsoDateTime),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Code = z.infer<typeof Code>;

export const FreeNote = z.object({
  id: EntityId,
  /** Null: a note about no account in particular. */
  accountId: z.nullable(AccountId),
  text: z.string().check(z.minLength(1, 'some text'), z.maxLength(10_000)),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type FreeNote = z.infer<typeof FreeNote>;

export const FixField = z.enum(FIX_FIELDS);
export type FixField = z.infer<typeof FixField>;

/**
 * Where the user showed a value the reader missed or misread, on one account's pages of one kind.
 * The reader's own answer stands unless it is missing or differs from what the fix finds.
 */
export const ReadingFix = z.object({
  id: EntityId,
  accountId: AccountId,
  pageKind: PageKind,
  field: FixField,
  target: FixTarget,
  /** The page's language when it was shown (lexicon code), for the options list and support. */
  language: z.nullable(z.string().check(z.maxLength(20))),
  createdAt: IsoDateTime,
  /** When a page of that kind last no longer showed the element: the card says so once, then stays quiet. */
  lostAt: z.nullable(IsoDateTime),
});
export type ReadingFix = z.infer<typeof ReadingFix>;

export const NotesDoc = z.object({
  accounts: z.array(Account),
  offers: z.array(Offer),
  codes: z.array(Code),
  notes: z.array(FreeNote),
  fixes: z.array(ReadingFix),
});
export type NotesDoc = z.infer<typeof NotesDoc>;

/** What the content script records each time a reading's numbers change; hints derive crossing times and burn rates from it. */
export const Observation = z.object({
  at: IsoDateTime,
  accountId: AccountId,
  currency: z.nullable(CurrencyCode),
  spendSoFar: z.nullable(Decimal),
  creditBalance: z.nullable(Decimal),
  cashBalance: z.nullable(Decimal),
  accountBalance: z.nullable(Decimal),
});
export type Observation = z.infer<typeof Observation>;

/** The language setting's values: the 18 UI languages and the development pseudo-locale (lib/i18n/locales.ts). */
export const LanguageSetting = z.union([z.literal('auto'), z.literal(PSEUDO_LOCALE), z.enum(LANGUAGE_CODES as unknown as [LanguageCode, ...LanguageCode[]])]);

export const Settings = z.object({
  /** Days before a deadline to remind, e.g. [7, 1]. */
  reminderLeadDays: z.array(z.number().check(z.int(), z.gte(0), z.lte(90))),
  overlayOn: z.object({ ads: z.boolean(), business: z.boolean() }),
  /** Hint ids the user dismissed in the overlay (lib/hints: a hint id changes when its state does). */
  dismissedHints: z.array(z.string().check(z.maxLength(200))),
  overlayMinimised: z.boolean(),
  /**
   * "Language: automatic / <one>" (options page). `auto`: the overlay speaks the page's language, the
   * popup and options page the browser's. Settings v2; an export made before it reads as `auto`.
   */
  language: z._default(LanguageSetting, 'auto'),
  /** "Show marks next to the page's values" (options page; issue 9). Settings v3; older settings read as on. */
  showMarks: z._default(z.boolean(), true),
});
export type Settings = z.infer<typeof Settings>;

/** Observations per ad account id, oldest first: as storage keeps them and every context reads them. */
export type ObservationsByAccount = Record<string, Observation[]>;

/**
 * What the notebook holds: the notes, the settings and the balances seen per account. The writer's
 * state (ops.ts) and what a context loads (store.ts) add their own fields to it.
 */
export interface StoredNotes {
  notes: NotesDoc;
  settings: Settings;
  observations: ObservationsByAccount;
}

/**
 * The export file (options page "Export", `npm run inspect --notes`). `version` is the notes format
 * version; lib/notes migrates older files on import exactly as it migrates stored values.
 */
export const EXPORT_FORMAT = 'credit-lens-notes';
export const ExportFile = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().check(z.int(), z.gte(1)),
  exportedAt: IsoDateTime,
  notes: NotesDoc,
  observations: z.array(Observation),
  settings: z.optional(Settings),
});
export type ExportFile = z.infer<typeof ExportFile>;
