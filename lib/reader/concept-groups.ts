import type { Concept } from '../lexicon';
import type { AmountRole } from './reading';

/** Concepts whose label names a value beside it: the collector gathers the texts around these. */
export const AMOUNT_CONCEPTS: readonly AmountRole[] = ['accountBalance', 'cashBalance', 'creditBalance', 'spendSoFar', 'billingThreshold'];
/** A monthly-invoicing credit line's labels: read apart from the balances, never as ad credit. */
export const CREDIT_LINE_CONCEPTS: readonly Concept[] = ['creditLineAvailable', 'creditLineLimit'];
export const VALUE_CONCEPTS: readonly Concept[] = [...AMOUNT_CONCEPTS, ...CREDIT_LINE_CONCEPTS, 'nextBillDate', 'accountId', 'currencyLabel', 'validUntil'];
/** What only a Finance page shows besides its balances: its Summary tab, Make payment / Add payment method. */
export const FINANCE_PAGE_CONCEPTS: readonly Concept[] = ['tabSummary', 'paymentAction'];

export const PAGE_TITLE_CONCEPTS: readonly Concept[] = ['pagePayment', 'pagePromotions', 'pageTransactions', 'pageInvoices', 'pageBilling', 'pageFinance'];
export const TAB_CONCEPTS: readonly Concept[] = ['tabAvailable', 'tabEarning', 'tabNotAvailable'];
export const BILLING_TYPE_CONCEPTS: readonly Concept[] = ['manualPayment', 'automaticPayment', 'monthlyInvoicing'];
export const COLUMN_CONCEPTS: readonly Concept[] = [
  'colPromotionName',
  'colCreditType',
  'colUsageRequirements',
  'colValidPeriod',
  'colUnusedAmount',
  'colUsedAmount',
  'colStatus',
  'colAmount',
];
export const CREDIT_TYPE_CONCEPTS: readonly Concept[] = ['creditFree', 'creditAssignable', 'creditConditional'];
/** Labels that mark a promotion shown as a card; each card holds one of them. */
export const CARD_MARKER_CONCEPTS: readonly Concept[] = ['validUntil', 'colValidPeriod'];
/** Labels of the account's own balances: a box that holds one is a balance tile, never a promotion card. */
export const BALANCE_CONCEPTS: readonly Concept[] = ['accountBalance', 'cashBalance', 'creditBalance'];
export const MESSAGE_CONCEPTS: readonly Concept[] = [
  'msgExpired',
  'msgAlreadyUsed',
  'msgNotEligible',
  'msgPromotionActive',
  'msgInvalidCode',
  'msgGenericError',
  'msgSuccess',
];
export const NEGATIVE_FIELD_CONCEPTS: readonly Concept[] = [
  'fieldSearch',
  'fieldEmail',
  'fieldPassword',
  'fieldAmount',
  'fieldCard',
  'fieldName',
  'fieldPhone',
  'fieldAddress',
  'fieldTaxId',
];

/** What the full walk looks for in short texts. Messages are found by role and position instead. */
export const LABEL_CONCEPTS: readonly Concept[] = [
  ...VALUE_CONCEPTS,
  ...PAGE_TITLE_CONCEPTS,
  ...TAB_CONCEPTS,
  ...BILLING_TYPE_CONCEPTS,
  ...COLUMN_CONCEPTS,
  ...CREDIT_TYPE_CONCEPTS,
  ...FINANCE_PAGE_CONCEPTS,
  'couponField',
  'couponOpener',
  'activate',
];
