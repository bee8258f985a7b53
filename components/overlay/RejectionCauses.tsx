import { useRef, useState } from 'preact/hooks';
import type { Hint } from '../../lib/hints/types';
import { withCheckedCauses } from '../../lib/overlay/support-text';
import { RejectionChecklist } from '../guides/RejectionChecklist';
import { copyText } from './copy-text';

type Status = 'idle' | 'copied' | 'failed';

/**
 * A rejected code's likely causes, ranked, as the shared checklist (components/guides), and its
 * "Copy support message" button: the hint's prepared message plus whatever the user ticked as checked.
 */
export function RejectionCauses({ hint }: { hint: Hint }) {
  const [status, setStatus] = useState<Status>('idle');
  const [failedText, setFailedText] = useState('');
  const holder = useRef<HTMLDivElement>(null);
  const action = hint.nextStep?.action;
  const message = action?.type === 'copy-text' ? action.text : null;
  const code = hint.facts.find((fact) => fact.label === 'Code')?.value ?? null;
  const copy = (checked: string[]) => {
    if (message === null) return;
    const text = withCheckedCauses(message, checked);
    // Started inside the click handler, while the click still counts as the user's gesture.
    void copyText(text, holder.current).then((ok) => {
      setStatus(ok ? 'copied' : 'failed');
      setFailedText(ok ? '' : text);
    });
  };
  return (
    <div class="rejection" ref={holder}>
      <RejectionChecklist causes={hint.causes ?? null} code={code} headingClass="causes-title" onCopySupport={message === null ? undefined : copy} />
      <p class="copy-status" role="status" aria-live="polite" data-testid="copy-status">
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Could not copy: the message is below, select it to copy.' : ''}
      </p>
      {status === 'failed' && <textarea class="copy-manual" readOnly value={failedText} aria-label="Support message" rows={6} />}
    </div>
  );
}
