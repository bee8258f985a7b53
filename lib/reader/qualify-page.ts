import type { LanguageCode } from '../lexicon';
import { conceptsIn } from './words';
import { AMOUNT_CONCEPTS, PAGE_TITLE_CONCEPTS, TAB_CONCEPTS } from './concept-groups';
import { lexiconLanguageOf } from './locale';
import { pageKindFromUrl } from './page-kind';
import type { PageRecords } from './records';
import type { PageKind } from './reading';

/**
 * The page kind: the URL decides when there is one. A saved page read without its address is judged
 * by what it shows: promotion tabs or tables, Finance titles, balance labels.
 */
export function readPageKind(records: PageRecords): PageKind {
  if (records.url) return pageKindFromUrl(records.url);
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
