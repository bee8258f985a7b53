import type { BillingReading } from '../reader/reading';
import { FAKE_ACCOUNT_ID, FAKE_ORG_ID, type RedactionMap } from './redaction-map';
import { redactText } from './redact-text';

/** Quoted attribute values inside a selector the reader wrote (`input[aria-label="…"]`): page text. */
const QUOTED = /"((?:[^"\\]|\\.)*)"/g;

/**
 * The reading as the reader would read the redacted page: every value from page text through the
 * same redaction, amounts through the same digit map, ids to the same fake ids. `npm run inspect`
 * compares the reading of a report with this, and the tests do so for every fixture page.
 */
export function redactReading(reading: BillingReading, map: RedactionMap): BillingReading {
  const text = (value: string) => redactText(value, map);
  const nullableText = (value: string | null) => (value === null ? null : text(value));
  return {
    ...reading,
    url: nullableText(reading.url),
    accountId: reading.accountId === null ? null : (map.ids.get(reading.accountId) ?? FAKE_ACCOUNT_ID),
    businessCenterId: reading.businessCenterId === null ? null : (map.ids.get(reading.businessCenterId) ?? FAKE_ORG_ID),
    accountBalance: map.amount(reading.accountBalance),
    cashBalance: map.amount(reading.cashBalance),
    creditBalance: map.amount(reading.creditBalance),
    creditLine: reading.creditLine && { ...reading.creditLine, available: map.amount(reading.creditLine.available), limit: map.amount(reading.creditLine.limit) },
    spendSoFar: map.amount(reading.spendSoFar),
    billingThreshold: map.amount(reading.billingThreshold),
    amounts: reading.amounts.map((amount) => ({ ...amount, value: map.amount(amount.value), label: text(amount.label), text: text(amount.text) })),
    couponEntry: {
      ...reading.couponEntry,
      selector: reading.couponEntry.selector === null ? null : reading.couponEntry.selector.replace(QUOTED, (_, inner: string) => `"${text(inner)}"`),
      // `maxlength:32` speaks of an attribute the report keeps as it was; other signals quote page text.
      signals: reading.couponEntry.signals.map((signal) => (signal.startsWith('maxlength:') ? signal : text(signal))),
      label: nullableText(reading.couponEntry.label),
      ...(reading.couponEntry.link ? { link: { label: text(reading.couponEntry.link.label), url: text(reading.couponEntry.link.url) } } : {}),
    },
    messages: reading.messages.map((message) => ({ ...message, text: text(message.text) })),
    promotions: reading.promotions.map((promotion) => ({
      ...promotion,
      name: text(promotion.name),
      amount: map.amount(promotion.amount),
      usedAmount: map.amount(promotion.usedAmount),
      ...(promotion.selector ? { selector: promotion.selector.replace(QUOTED, (_, inner: string) => `"${text(inner)}"`) } : {}),
    })),
  };
}
