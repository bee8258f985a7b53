/**
 * The values the user showed (issue 12): each stored fix of this account and page kind is looked up
 * on the page at every read. Where the reader's own answer is missing or differs from what the fix
 * finds, the fix's value stands and the status card says "read as you showed". A fix that no longer
 * finds its element leaves the reader's answer alone and is reported, so the card can say so once
 * (./lost-fixes.ts).
 *
 * Only a user's pick makes a fix, so this code loads with the misread loop's (`misread.js`,
 * components/misread/lazy.ts): `PageReading` loads it before the first read of a page whose account
 * has fixes.
 */
import type { FixField, ReadingFix } from '../notes/schema';
import { textOf } from '../reader/dom';
import { findTarget } from '../reader/fix-target';
import { intlLocaleFor } from '../reader/locale';
import type { LanguageCode } from '../lexicon';
import { parseMoney } from '../reader/money';
import type { AmountRole, BillingReading, CouponEntry, LabelledAmount } from '../reader/reading';
import { selectorFor } from '../reader/selector';

export interface FixedReading {
  reading: BillingReading;
  /** Fields whose value came from a fix: the card marks them "read as you showed". */
  shown: FixField[];
  /** Fixes whose element is gone (or no longer holds a value): the reader's answer stands. */
  lost: ReadingFix[];
  /** Fixes that found their element. */
  found: ReadingFix[];
  /** The coupon entry's element when a fix supplied it, for the outline. */
  couponElement: Element | null;
}

/** The fixes that apply to a reading: its account's, on pages of its kind. */
export function fixesFor(notes: { readonly fixes: readonly ReadingFix[] } | null, reading: Pick<BillingReading, 'accountId' | 'pageKind'> | null): ReadingFix[] {
  if (!notes || !reading?.accountId) return [];
  return notes.fixes.filter((fix) => fix.accountId === reading.accountId && fix.pageKind === reading.pageKind);
}

/** What an element shows as an amount, read with the page's language and currency. */
export function amountIn(element: Element, reading: Pick<BillingReading, 'language' | 'currency'>): { value: string; currency: string | null; text: string } | null {
  const text = textOf(element, 200);
  const locale = intlLocaleFor(element.ownerDocument.documentElement?.getAttribute('lang') ?? null, reading.language as LanguageCode | null);
  const money = parseMoney(text, { locale, currency: reading.currency });
  return money ? { value: money.value, currency: money.currency, text } : null;
}

/** A field or a button the user showed as the place for a promo code. */
export function entryKindOf(element: Element): CouponEntry['kind'] | null {
  const tag = element.localName;
  const role = element.getAttribute('role');
  if (tag === 'textarea' || role === 'textbox' || (tag === 'input' && !/^(button|submit|reset|image|checkbox|radio|hidden)$/i.test(element.getAttribute('type') ?? ''))) return 'field';
  if (tag === 'button' || role === 'button' || (tag === 'input' && /^(button|submit)$/i.test(element.getAttribute('type') ?? ''))) return 'opener';
  return null;
}

export function applyFixes(document: Document, reading: BillingReading, fixes: readonly ReadingFix[], couponElement: Element | null): FixedReading {
  const result: FixedReading = { reading, shown: [], lost: [], found: [], couponElement };
  if (fixes.length === 0) return result;
  let fixed: BillingReading = { ...reading };
  for (const fix of fixes) {
    let element: Element | null = null;
    try {
      element = findTarget(document, fix.target);
    } catch {
      element = null; // a page that breaks the lookup loses the fix, never the reading
    }
    if (fix.field === 'couponEntry') {
      const kind = element ? entryKindOf(element) : null;
      if (!element || !kind) {
        result.lost.push(fix);
        continue;
      }
      result.found.push(fix);
      if (element === couponElement) continue;
      const entry: CouponEntry = { kind, selector: selectorFor(element), confidence: 1, signals: ['shown by you'], label: fix.target.label };
      fixed = { ...fixed, couponEntry: entry, missing: fixed.missing.filter((item) => item !== 'coupon entry') };
      result.couponElement = element;
      result.shown.push(fix.field);
      continue;
    }
    const amount = element ? amountIn(element, fixed) : null;
    if (!amount) {
      result.lost.push(fix);
      continue;
    }
    result.found.push(fix);
    if (fixed[fix.field] === amount.value) continue;
    fixed = withAmount(fixed, fix.field, { role: fix.field, value: amount.value, currency: amount.currency ?? fixed.currency, label: fix.target.label, text: amount.text });
    result.shown.push(fix.field);
  }
  result.reading = fixed;
  return result;
}

function withAmount(reading: BillingReading, role: AmountRole, amount: LabelledAmount): BillingReading {
  const amounts = reading.amounts.some((other) => other.role === role)
    ? reading.amounts.map((other) => (other.role === role ? amount : other))
    : [...reading.amounts, amount];
  return {
    ...reading,
    [role]: amount.value,
    currency: reading.currency ?? amount.currency,
    amounts,
    missing: reading.missing.filter((item) => item !== 'balances'),
  };
}
