/**
 * What the page reader looks for, by meaning. Each language pack lists the phrases that say it.
 * Grouped by the question the reader asks; the group decides where a phrase is looked for. What each
 * concept means is said beside it as a comment: the Billing module ships the names alone.
 */
export const CONCEPT_NAMES = [
  // Labels beside amounts (Finance > Payment, Business Center payment / billing)
  'accountBalance', // Account balance / total balance
  'cashBalance', // Cash balance (money the advertiser paid in)
  'creditBalance', // Ad credit, voucher balance, coupon balance, grant balance
  'spendSoFar', // Spend so far / current spend in this billing period (automatic payment)
  'billingThreshold', // Billing threshold / payment threshold (automatic payment)
  'nextBillDate', // Next bill date / next billing date
  'accountId', // Account ID / Advertiser ID / Ad account ID
  'currencyLabel', // Currency (a label beside an ISO code)
  // A monthly-invoicing credit line is money lent against invoices, never ad credit (DOMAIN.md).
  'creditLineLimit', // Credit line / credit limit (monthly invoicing), never ad credit
  'creditLineAvailable', // Available credit / credit balance of a credit line (TikTok's own "credit balance"), never ad credit

  // Billing type
  'manualPayment', // Manual payment / prepaid
  'automaticPayment', // Automatic payment / auto-pay
  'monthlyInvoicing', // Monthly invoicing (a credit line shown on the page says it too)

  // The coupon entry
  'couponField', // Label or placeholder of the code input: coupon code, promo code, promotion code, voucher code, enter code
  'couponOpener', // Control that opens the code entry: Redeem coupon, Redeem code, Add coupon, Use promo code
  'activate', // Button that submits a code: Activate, Redeem, Apply

  // Page titles and menu entries (Finance menu)
  'pagePayment', // Payment (the Finance > Payment page title)
  'pagePromotions', // Promotions (page or menu title)
  'pageTransactions', // Transactions
  'pageInvoices', // Invoices
  'pageBilling', // Billing
  'pageFinance', // Finance
  'tabSummary', // Summary (the Payment page's first tab)
  'paymentAction', // Buttons only a Finance page has: Make payment, Pay now, Add payment method

  // Promotions page tabs
  'tabAvailable', // Available (promotions tab)
  'tabEarning', // Earning / In progress (promotions tab)
  'tabNotAvailable', // Not available / Expired / Used (promotions tab)

  // Promotions table columns
  'colPromotionName', // Promotion name / Name
  'colCreditType', // Credit type / Type
  'colUsageRequirements', // Usage requirements
  'colValidPeriod', // Valid period / Validity / Valid dates
  'colUnusedAmount', // Unused amount / Remaining
  'colUsedAmount', // Used amount
  'colStatus', // Status
  'colAmount', // Value / credit amount / discount (a promotion's amount column besides unused amount)
  'assignAction', // View/Assign, Assignment log: assigning an assignable credit to campaigns

  // Credit types
  'creditFree', // Free (credit type)
  'creditAssignable', // Assignable (credit type)
  'creditConditional', // Conditional (credit type)

  // Dates beside a promotion
  'validUntil', // Valid until / Expires on / Expiry date

  // Messages after entering a code
  'msgExpired', // The code has expired
  'msgAlreadyUsed', // The code was already used / redeemed
  'msgNotEligible', // The account is not eligible
  'msgPromotionActive', // Another promotion is already active / in progress
  'msgInvalidCode', // Invalid code / code does not exist / incorrect code
  'msgGenericError', // Failed / error / could not / unable to
  'msgSuccess', // Success / successfully / activated / redeemed / added

  // Inputs that are NOT the coupon field (negative signals)
  'fieldSearch', // Search
  'fieldEmail', // Email
  'fieldPassword', // Password
  'fieldAmount', // Amount (to add balance / top up)
  'fieldCard', // Card number / CVV / expiry of a card
  'fieldName', // Name / company name
  'fieldPhone', // Phone number
  'fieldAddress', // Address / postal code
  'fieldTaxId', // Tax ID / VAT number
] as const;

export type Concept = (typeof CONCEPT_NAMES)[number];
