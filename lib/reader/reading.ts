import { ISO_DATE } from '../iso-day';
import { z } from '../zod';
import { CURRENCY_CODE, DECIMAL } from './value-shapes';

/** A money amount as a plain decimal string: digits, one optional dot, optional leading minus. */
export const Decimal = z.string().check(z.regex(DECIMAL, 'decimal string like 1234.50'));
export const IsoDate = z.string().check(z.regex(ISO_DATE, 'date like 2026-11-24'));
export const CurrencyCode = z.string().check(z.regex(CURRENCY_CODE, 'ISO 4217 code like USD'));

export const PageKind = z.enum(['payment', 'promotions', 'transactions', 'invoices', 'bc-payment', 'bc-billing', 'other']);
export type PageKind = z.infer<typeof PageKind>;

export const AmountRole = z.enum(['accountBalance', 'cashBalance', 'creditBalance', 'spendSoFar', 'billingThreshold']);
export type AmountRole = z.infer<typeof AmountRole>;

export const LabelledAmount = z.object({
  role: AmountRole,
  value: Decimal,
  currency: z.nullable(CurrencyCode),
  /** The label and the amount as the page showed them, for support and for explaining a hint. */
  label: z.string(),
  text: z.string(),
  /** The value's text is shown yet out of a person's sight (clipped to a pixel, placed off the page). */
  unseen: z.optional(z.literal(true)),
});
export type LabelledAmount = z.infer<typeof LabelledAmount>;

export const CouponEntry = z.object({
  kind: z.enum(['field', 'opener', 'none']),
  /** Selects exactly the found element; ` >>> ` separates a shadow host's selector from the selector inside its open shadow root. */
  selector: z.nullable(z.string()),
  /** 0..1; how sure the scoring is that this is the coupon / promo code entry. */
  confidence: z.number().check(z.gte(0), z.lte(1)),
  /** The signals that decided, strongest first, e.g. `label:promo code (en)`, `dialog`, `autocomplete:off`. */
  signals: z.array(z.string()),
  /** The label the user sees for it, when there is one. */
  label: z.nullable(z.string()),
  /**
   * With no entry on this page: a link that says it redeems a code and opens another page (a link is
   * not a button: it leaves the page), with where it leads. Absent or null when there is none.
   */
  link: z.optional(z.nullable(z.object({ label: z.string(), url: z.string() }))),
});
export type CouponEntry = z.infer<typeof CouponEntry>;

export const MessageKind = z.enum(['error', 'success', 'info']);
export const PageMessage = z.object({
  text: z.string(),
  kind: MessageKind,
  /** Where it was found: an alert or live region, a toast, or text beside the coupon entry. */
  source: z.enum(['alert', 'live-region', 'toast', 'coupon-entry', 'invalid-field']),
  nearCouponEntry: z.boolean(),
});
export type PageMessage = z.infer<typeof PageMessage>;

export const PromotionStatus = z.enum(['available', 'earning', 'not-available']);
export const Promotion = z.object({
  name: z.string(),
  creditType: z.nullable(z.enum(['free', 'assignable', 'conditional'])),
  status: z.nullable(PromotionStatus),
  amount: z.nullable(Decimal),
  usedAmount: z.nullable(Decimal),
  currency: z.nullable(CurrencyCode),
  validFrom: z.nullable(IsoDate),
  validUntil: z.nullable(IsoDate),
  /** Selects the promotion's row on the page (like `CouponEntry.selector`), when the reader has it. */
  selector: z.optional(z.nullable(z.string())),
});
export type Promotion = z.infer<typeof Promotion>;

/**
 * A monthly-invoicing credit line ("Credit line", "Available credit", TikTok's "credit balance"):
 * money TikTok lends against invoices, never ad credit (DOMAIN.md, "Credit line versus ad credit").
 */
export const CreditLine = z.object({
  available: z.nullable(Decimal),
  limit: z.nullable(Decimal),
  currency: z.nullable(CurrencyCode),
});
export type CreditLine = z.infer<typeof CreditLine>;

export const BillingReading = z.object({
  url: z.nullable(z.string()),
  pageKind: PageKind,
  /**
   * `high`: a known Finance route says the page kind. `low`: the route is not one we know (or the page
   * was saved without its address) and the kind was judged from what the page shows.
   */
  pageKindConfidence: z.enum(['high', 'low']),
  /** Lexicon language that matched the page's labels best (BCP 47 as in lib/lexicon), or null. */
  language: z.nullable(z.string()),
  accountId: z.nullable(z.string()),
  accountIdSource: z.nullable(z.enum(['url', 'page'])),
  /** Business Center's `org_id`: the organisation, never taken for the ad account. */
  businessCenterId: z.nullable(z.string()),
  billingType: z.nullable(z.enum(['manual', 'automatic', 'invoice'])),
  currency: z.nullable(CurrencyCode),
  accountBalance: z.nullable(Decimal),
  cashBalance: z.nullable(Decimal),
  /** Ad credit, vouchers, coupons (the API's `grant_balance`); never a credit line. */
  creditBalance: z.nullable(Decimal),
  creditLine: z.nullable(CreditLine),
  spendSoFar: z.nullable(Decimal),
  billingThreshold: z.nullable(Decimal),
  nextBillDate: z.nullable(IsoDate),
  amounts: z.array(LabelledAmount),
  couponEntry: CouponEntry,
  messages: z.array(PageMessage),
  promotions: z.array(Promotion),
  /** Things the reader looked for on a Billing route and did not find; the overlay says the layout may have changed. */
  missing: z.array(z.string()),
});
export type BillingReading = z.infer<typeof BillingReading>;
