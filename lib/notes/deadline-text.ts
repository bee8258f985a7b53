/**
 * What a deadline asks of the user, in a sentence or two: the calendar event's description and the
 * reminder notification's message. Plain text; whoever shows it escapes it for its medium.
 */
import type { Deadline } from './deadlines';
import type { NotesDoc } from './schema';

export const paymentPageUrl = (accountId: string) =>
  `https://ads.tiktok.com/i18n/account/payment?aadvid=${encodeURIComponent(accountId)}`;

export function accountLabel(notes: NotesDoc, accountId: string): string {
  const name = notes.accounts.find((account) => account.id === accountId)?.name;
  return name ? `${name} (${accountId})` : `account ${accountId}`;
}

export function deadlineDetail(deadline: Deadline, notes: NotesDoc): string {
  const offer = deadline.subject.type === 'offer' ? notes.offers.find((o) => o.id === deadline.subject.id) : undefined;
  const code = deadline.subject.type === 'code' ? notes.codes.find((c) => c.id === deadline.subject.id) : undefined;
  const what = (() => {
    switch (deadline.kind) {
      case 'code-activation':
        return `Enter code ${code?.code ?? ''} in Billing (Redeem coupon, then Activate) by the end of this day: promotional codes must be activated within 14 days of receiving them, unless the code says otherwise.`;
      case 'code-expiry':
        return `Code ${code?.code ?? ''} expires at the end of this day.`;
      case 'offer-qualify':
        return `Reach the spend threshold of ${offer?.threshold ?? ''} ${offer?.currency ?? ''} by the end of this day. Only spend after activation counts.`.replace(/ {2,}/g, ' ');
      case 'credit-expiry':
        return 'The credit expires at the end of this day. It is drawn before your cash balance, on eligible campaigns.';
      case 'credit-expected':
        return `Spend crossed the threshold; the credit usually lands within ${offer?.processingWindowHours ?? 48} h. If it has not arrived by then, check in Billing that the spend was recorded, then contact Ads Manager support.`;
    }
  })();
  return `${what}\n${accountLabel(notes, deadline.accountId)}`;
}
