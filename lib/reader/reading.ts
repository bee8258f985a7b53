import { z } from '../zod';

/** A money amount as a plain decimal string: digits, one optional dot, optional leading minus. */
export const Decimal = z.string().regex(/^-?\d+(\.\d+)?$/, 'decimal string like 1234.50');
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date like 2026-11-24');
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code like USD');

export const PageKind = z.enum(['payment', 'promotions', 'transactions', 'invoices', 'bc-payment', 'bc-billing', 'other']);
export type PageKind = z.infer<typeof PageKind>;

export const AmountRole = z.enum(['accountBalance', 'cashBalance', 'creditBalance', 'spendSoFar', 'billingThreshold']);
export type AmountRole = z.infer<typeof AmountRole>;

export const LabelledAmount = z.object({
  role: AmountRole,
  value: Decimal,
  currency: CurrencyCode.nullable(),
  /** The label and the amount as the page showed them, for support and for explaining a hint. */
  label: z.string(),
  text: z.string(),
});
export type LabelledAmount = z.infer<typeof LabelledAmount>;

export const CouponEntry = z.object({
  kind: z.enum(['field', 'opener', 'none']),
  /** Selects exactly the found element; ` >>> ` separates a shadow host's selector from the selector inside its open shadow root. */
  selector: z.string().nullable(),
  /** 0..1; how sure the scoring is that this is the coupon / promo code entry. */
  confidence: z.number().min(0).max(1),
  /** The signals that decided, strongest first, e.g. `label:promo code (en)`, `dialog`, `autocomplete:off`. */
  signals: z.array(z.string()),
  /** The label the user sees for it, when there is one. */
  label: z.string().nullable(),
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
  creditType: z.enum(['free', 'assignable', 'conditional']).nullable(),
  status: PromotionStatus.nullable(),
  amount: Decimal.nullable(),
  usedAmount: Decimal.nullable(),
  currency: CurrencyCode.nullable(),
  validFrom: IsoDate.nullable(),
  validUntil: IsoDate.nullable(),
});
export type Promotion = z.infer<typeof Promotion>;

export const BillingReading = z.object({
  url: z.string().nullable(),
  pageKind: PageKind,
  /** Lexicon language that matched the page's labels best (BCP 47 as in lib/lexicon), or null. */
  language: z.string().nullable(),
  accountId: z.string().nullable(),
  accountIdSource: z.enum(['url', 'page']).nullable(),
  /** Business Center's `org_id`: the organisation, never taken for the ad account. */
  businessCenterId: z.string().nullable(),
  billingType: z.enum(['manual', 'automatic', 'invoice']).nullable(),
  currency: CurrencyCode.nullable(),
  accountBalance: Decimal.nullable(),
  cashBalance: Decimal.nullable(),
  creditBalance: Decimal.nullable(),
  spendSoFar: Decimal.nullable(),
  billingThreshold: Decimal.nullable(),
  nextBillDate: IsoDate.nullable(),
  amounts: z.array(LabelledAmount),
  couponEntry: CouponEntry,
  messages: z.array(PageMessage),
  promotions: z.array(Promotion),
  /** Things the reader looked for on a Billing route and did not find; the overlay says the layout may have changed. */
  missing: z.array(z.string()),
});
export type BillingReading = z.infer<typeof BillingReading>;
