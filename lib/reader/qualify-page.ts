import type { LanguageCode } from '../lexicon';
import { conceptsIn } from './words';
import { AMOUNT_CONCEPTS, FINANCE_PAGE_CONCEPTS, PAGE_TITLE_CONCEPTS, TAB_CONCEPTS } from './concept-groups';
import { lexiconLanguageOf } from './locale';
import { isFinanceAreaRoute, pageKindFromUrl } from './page-kind';
import type { PageRecords } from './records';
import type { BillingReading, CreditLine, LabelledAmount, PageKind } from './reading';

export interface PageKindReading {
  kind: PageKind;
  confidence: BillingReading['pageKindConfidence'];
}

/** What the page showed, for judging a page by its content. */
export interface PageContent {
  amounts: readonly LabelledAmount[];
  creditLine: CreditLine | null;
  hasCouponEntry: boolean;
}

/**
 * The page kind: a known Finance route decides by itself (high confidence). An unknown route in the
 * Finance area is read by what it shows, and only a page that is plainly a Billing page counts (low
 * confidence). A saved page read without its address is judged by what it shows, as before (low).
 */
export function readPageKind(records: PageRecords, content: PageContent): PageKindReading {
  if (records.url) {
    const kind = pageKindFromUrl(records.url);
    if (kind !== 'other' || !isFinanceAreaRoute(records.url)) return { kind, confidence: 'high' };
    return { kind: plainBillingKind(records, content), confidence: 'low' };
  }
  return { kind: kindFromContent(records), confidence: 'low' };
}

/**
 * A page under an unknown route is a Billing page only when an advertiser would see one at a glance:
 * a promotions table, or balances (two of them, or one beside a code entry, a credit line, a Summary
 * tab or a Make payment button). A settings page that mentions a balance once is not.
 */
function plainBillingKind(records: PageRecords, content: PageContent): PageKind {
  if (records.tables.length > 0) return 'promotions';
  const roles = new Set(content.amounts.map((amount) => amount.role)).size + (content.creditLine ? 1 : 0);
  const financeSigns = records.labels.some((label) => label.visible && label.matches.some((match) => FINANCE_PAGE_CONCEPTS.includes(match.concept)));
  if (roles >= 2 || (roles === 1 && (content.hasCouponEntry || financeSigns))) return 'payment';
  return 'other';
}

function kindFromContent(records: PageRecords): PageKind {
  const visibleLabels = records.labels.filter((label) => label.visible);
  const has = (concepts: readonly string[]) => visibleLabels.some((label) => label.matches.some((match) => concepts.includes(match.concept)));
  if (records.tables.length > 0 || (has(TAB_CONCEPTS) && records.cards.length > 0)) return 'promotions';
  const titles = records.headings.flatMap((heading) => conceptsIn(heading, PAGE_TITLE_CONCEPTS).map((match) => match.concept));
  if (has(AMOUNT_CONCEPTS)) return 'payment';
  if (titles.includes('pagePromotions')) return 'promotions';
  if (titles.includes('pageTransactions')) return 'transactions';
  if (titles.includes('pageInvoices')) return 'invoices';
  if (titles.includes('pagePayment') || titles.includes('pageBilling') || titles.includes('pageFinance')) return 'payment';
  return 'other';
}

/** The page's language: its `lang` when the lexicon knows it, else the language most labels matched in. */
export function readLanguage(records: PageRecords): LanguageCode | null {
  const declared = lexiconLanguageOf(records.declaredLanguage);
  if (declared) return declared;
  const votes = new Map<LanguageCode, number>();
  for (const label of records.labels) {
    const languages = new Set(label.matches.map((match) => match.lang));
    for (const language of languages) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}
