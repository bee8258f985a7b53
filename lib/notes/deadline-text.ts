/**
 * What a deadline asks of the user, in a sentence or two: the calendar event's description and the
 * reminder notification's message. Messages (locales/en.yml `deadline`), one per line; whoever shows
 * them renders them in its language and escapes the text for its medium.
 */
import { msg, type Msg } from '../i18n/message';
import type { Translator } from '../i18n/translate';
import type { Deadline } from './deadlines';
import type { NotesDoc } from './schema';

export function accountLabel(notes: NotesDoc, accountId: string): Msg {
  const name = notes.accounts.find((account) => account.id === accountId)?.name;
  return name ? msg('deadline.accountNamed', { name, account: accountId }) : msg('deadline.account', { account: accountId });
}

/** What to do by the deadline, then the account it is on: each line a whole message. */
export function deadlineDetail(deadline: Deadline, notes: NotesDoc): Msg[] {
  const offer = deadline.subject.type === 'offer' ? notes.offers.find((o) => o.id === deadline.subject.id) : undefined;
  const code = deadline.subject.type === 'code' ? notes.codes.find((c) => c.id === deadline.subject.id) : undefined;
  const what = (() => {
    switch (deadline.kind) {
      case 'code-activation':
        return msg('deadline.activateDetail', { code: code?.code ?? '' });
      case 'code-expiry':
        return msg('deadline.codeExpiryDetail', { code: code?.code ?? '' });
      case 'offer-qualify':
        return msg('deadline.qualifyDetail', { threshold: { money: offer?.threshold ?? null, currency: offer?.currency ?? null } });
      case 'credit-expiry':
        return msg('deadline.creditExpiryDetail');
      case 'credit-expected':
        return msg('deadline.expectedDetail', { window: { msg: msg('common.hours', { count: offer?.processingWindowHours ?? 48 }) } });
    }
  })();
  return [what, accountLabel(notes, deadline.accountId)];
}

/** Lines of messages as plain text, one per line, in the translator's language. */
export const linesText = (t: Translator, lines: readonly Msg[]): string => lines.map((line) => t.t(line)).join('\n');
