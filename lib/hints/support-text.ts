/**
 * The support message (issue 3, item 4; issue 10): written in the page's language, and in English on
 * request for support agents who do not read it. Kept apart from the cause ranking so the popup can
 * copy it without loading the lexicon.
 */
import { msg } from '../i18n/message';
import type { Translator } from '../i18n/translate';
import { cleanText } from './format';
import type { SupportMessageInput } from './types';

export type { SupportMessageInput };

/**
 * The text "Copy support message" puts on the clipboard: everything support asks for, in one place,
 * in the translator's language (the page's, or English for "Copy in English").
 */
export function supportMessage({ code, accountId, errorText, at, checked }: SupportMessageInput, t: Translator): string {
  const when = Date.parse(at);
  const notRecorded = { msg: msg('support.notRecorded') };
  const lines = [
    t.t(msg('support.greeting')),
    '',
    t.t(msg('support.intro')),
    '',
    t.t(msg('support.code', { code: cleanText(code, 64) || notRecorded })),
    t.t(msg('support.account', { account: cleanText(accountId, 40) || notRecorded })),
    t.t(msg('support.error', { message: cleanText(errorText, 500) || { msg: msg('support.noMessage') } })),
    Number.isFinite(when) ? t.t(msg('support.time', { iso: new Date(when).toISOString(), local: { time: at } })) : t.t(msg('support.timeUnknown')),
  ];
  const done = checked.map((line) => cleanText(t.t(line), 300)).filter(Boolean);
  if (done.length > 0) lines.push('', t.t(msg('support.checkedHeading')), ...done.map((line) => `- ${line}`));
  lines.push('', t.t(msg('support.question')), '', t.t(msg('support.thanks')));
  return lines.join('\n');
}
