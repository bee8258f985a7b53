import { msg } from '../../lib/i18n/message';
import type { Translator } from '../../lib/i18n/translate';
import { copyText } from '../copy-text';

/** Copies a support message for the user to paste to TikTok's support, and says in `announce` whether it worked. */
export function copySupport(text: string, t: Translator, announce: (said: string) => void): void {
  void copyText(text, document.body).then((copied) => announce(t.t(msg(copied ? 'popup.supportCopied' : 'popup.supportCopyFailed'))));
}
