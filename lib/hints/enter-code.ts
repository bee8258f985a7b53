/**
 * "Enter it under Finance > Payment, Redeem coupon, then Activate", naming the page's own button when
 * the reader saw it ("press “Tukarkan kupon”"): the advertiser looks for the words on their screen.
 */
import type { BillingReading } from '../reader/reading';
import { msg, type Msg } from '../i18n/message';
import { cleanText } from './format';

export function pageButtonName(reading: BillingReading | null): string | null {
  const entry = reading?.couponEntry;
  return entry && entry.kind === 'opener' ? cleanText(entry.label, 60) || null : null;
}

export function enterCodeSentence(reading: BillingReading | null): Msg {
  const button = pageButtonName(reading);
  return button ? msg('hint.enterCodeButton', { button }) : msg('hint.enterCode');
}
