import { collectRecords } from './collect';
import { LabelIndex } from './label-index';
import { intlLocaleFor } from './locale';
import { accountIdFromUrl, isBillingRoute } from './page-kind';
import { pageCurrency, readAccountIdFromPage, readAmounts, readBillingType, readNextBillDate, currencyFromLabels } from './qualify-amounts';
import { chooseCouponEntry } from './qualify-coupon-entry';
import { readMessages } from './qualify-messages';
import { readLanguage, readPageKind } from './qualify-page';
import { readPromotions } from './qualify-promotions';
import { BillingReading, type AmountRole } from './reading';
import type { PageRecords } from './records';
import { selectorFor } from './selector';

export interface PageReading {
  reading: BillingReading;
  /** The element the coupon entry selector names, for the in-place outline. */
  couponElement: Element | null;
}

/** Pure: records in, reading out (before validation). The selector is filled in by the caller. */
export function qualify(records: PageRecords): { reading: BillingReading; couponKey: number | null } {
  const language = readLanguage(records);
  const locale = intlLocaleFor(records.declaredLanguage, language);
  const labelledCurrency = currencyFromLabels(records.labels);
  const firstPass = readAmounts(records.labels, { locale, currency: labelledCurrency });
  const currency = pageCurrency(labelledCurrency, firstPass, [...records.tableSamples, ...records.cards.flatMap((card) => card.texts)], { locale });
  // Ambiguous symbols ($, ¥, kr) resolve to the page's currency once it is known.
  const amounts = currency && currency !== labelledCurrency ? readAmounts(records.labels, { locale, currency }) : firstPass;
  const value = (role: AmountRole) => amounts.find((amount) => amount.role === role)?.value ?? null;

  const entry = chooseCouponEntry(records.inputs, records.controls);
  const field = entry?.kind === 'field' ? (records.inputs.find((input) => input.key === entry.key) ?? null) : null;
  const fromUrl = accountIdFromUrl(records.url);
  const pageAccountId = fromUrl.accountId ? null : readAccountIdFromPage(records.labels);
  const pageKind = readPageKind(records);
  const promotions = readPromotions(records.tables, records.cards, records.tabs, { locale, currency });

  const reading: BillingReading = {
    url: records.url,
    pageKind,
    language,
    accountId: fromUrl.accountId ?? pageAccountId,
    accountIdSource: fromUrl.accountId ? 'url' : pageAccountId ? 'page' : null,
    businessCenterId: fromUrl.orgId,
    billingType: readBillingType(records.labels, amounts),
    currency,
    accountBalance: value('accountBalance'),
    cashBalance: value('cashBalance'),
    creditBalance: value('creditBalance'),
    spendSoFar: value('spendSoFar'),
    billingThreshold: value('billingThreshold'),
    nextBillDate: readNextBillDate(records.labels, locale),
    amounts,
    couponEntry: entry
      ? { kind: entry.kind, selector: null, confidence: entry.confidence, signals: entry.signals, label: entry.label }
      : { kind: 'none', selector: null, confidence: 0, signals: [], label: null },
    messages: readMessages(records.messages, field),
    promotions,
    missing: [],
  };
  reading.missing = missingOnBillingRoute(reading);
  return { reading, couponKey: entry?.key ?? null };
}

/** What a Billing page of this kind always shows; its absence means the layout changed under us. */
function missingOnBillingRoute(reading: BillingReading): string[] {
  if (reading.pageKind === 'other' || (reading.url && !isBillingRoute(reading.url))) return [];
  const missing: string[] = [];
  if ((reading.pageKind === 'payment' || reading.pageKind === 'bc-payment') && reading.amounts.length === 0) missing.push('balances');
  if (reading.pageKind === 'payment' && reading.couponEntry.kind === 'none') missing.push('coupon entry');
  if (reading.pageKind === 'promotions' && reading.promotions.length === 0) missing.push('promotions');
  return missing;
}

/**
 * Reads one page, keeping the label index between reads so that `update` with MutationObserver
 * records makes the next `read` walk only what changed.
 */
export class PageReader {
  private labelIndex = new LabelIndex();
  private scanned = false;

  constructor(private readonly document: Document) {}

  get index(): LabelIndex {
    return this.labelIndex;
  }

  update(mutations: readonly MutationRecord[]): boolean {
    if (!this.scanned) return true;
    return this.index.update(mutations);
  }

  /** Forget everything (a new route): the next read walks the whole page again. */
  reset(): void {
    this.labelIndex = new LabelIndex();
    this.scanned = false;
  }

  read(url: string | null): PageReading {
    if (!this.scanned) {
      this.index.scan(this.document);
      this.scanned = true;
    }
    const { records, elements } = collectRecords(this.document, this.index, url);
    const { reading, couponKey } = qualify(records);
    const couponElement = couponKey === null ? null : (elements[couponKey] ?? null);
    if (couponElement) reading.couponEntry.selector = selectorFor(couponElement);
    return { reading: BillingReading.parse(reading), couponElement };
  }
}

/** One-shot read of a document (the inspect command, tests). */
export function readBillingPage(document: Document, url: string | null): BillingReading {
  return new PageReader(document).read(url).reading;
}
