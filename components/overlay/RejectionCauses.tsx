import { useRef, useState } from 'preact/hooks';
import type { TranslatorLoader } from '../../lib/i18n/catalog';
import { supportMessage } from '../../lib/hints/support-text';
import type { Hint } from '../../lib/hints/types';
import { msg, type Msg } from '../../lib/i18n/message';
import { RejectionChecklist } from '../guides/RejectionChecklist';
import { useEnglish, useT } from '../i18n/i18n';
import { copyText } from '../copy-text';

type Status = 'idle' | 'copied' | 'failed';

/**
 * A rejected code's likely causes, ranked, as the shared checklist (components/guides), and its
 * "Copy support message" button: the hint's prepared message plus whatever the user ticked as checked,
 * in the page's language, with "Copy in English" beside it for support agents who do not read it.
 * Loaded on first use (./parts/entry.tsx): `loadTranslator` comes from the overlay, whose
 * module holds the language chunks.
 */
export function RejectionCauses({ hint, loadTranslator }: { hint: Hint; loadTranslator: TranslatorLoader }) {
  const t = useT();
  const english = useEnglish(loadTranslator);
  const [status, setStatus] = useState<Status>('idle');
  const [failedText, setFailedText] = useState('');
  const holder = useRef<HTMLDivElement>(null);
  const action = hint.nextStep?.action;
  const support = action?.type === 'copy-support' ? action.support : null;
  const codeFact = hint.facts.find((fact) => fact.label.key === 'fact.code')?.value;
  const code = typeof codeFact === 'string' ? codeFact : null;
  const copy = (checked: Msg[], inEnglish: boolean) => {
    if (support === null) return;
    const text = supportMessage({ ...support, checked: [...support.checked, ...checked] }, inEnglish ? english : t);
    // Started inside the click handler, while the click still counts as the user's gesture.
    void copyText(text, holder.current).then((ok) => {
      setStatus(ok ? 'copied' : 'failed');
      setFailedText(ok ? '' : text);
    });
  };
  return (
    <div class="rejection" ref={holder}>
      <RejectionChecklist causes={hint.causes ?? null} code={code} headingClass="causes-title" onCopySupport={support === null ? undefined : copy} />
      <p class="copy-status" role="status" aria-live="polite" data-testid="copy-status">
        {status === 'copied' ? t.t(msg('common.copied')) : status === 'failed' ? t.t(msg('overlay.copySupportFailed')) : ''}
      </p>
      {status === 'failed' && <textarea class="copy-manual" readOnly value={failedText} aria-label={t.t(msg('overlay.supportMessageBox'))} rows={6} />}
    </div>
  );
}
