import { useRef, useState } from 'preact/hooks';
import { copyText } from './copy-text';

type Status = 'idle' | 'copied' | 'failed';

/** A copy button that says what happened in a live region ("Copied"), for eyes and screen readers. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState<Status>('idle');
  const holder = useRef<HTMLSpanElement>(null);
  const copy = () => {
    // Started inside the click handler, while the click still counts as the user's gesture.
    void copyText(text, holder.current).then((ok) => setStatus(ok ? 'copied' : 'failed'));
  };
  return (
    <span class="copy" ref={holder}>
      <button type="button" class="action" data-action="copy-text" onClick={copy}>
        {label}
      </button>
      <span class="copy-status" role="status" aria-live="polite" data-testid="copy-status">
        {status === 'copied' ? 'Copied' : status === 'failed' ? 'Could not copy: the text is below, select it to copy.' : ''}
      </span>
      {status === 'failed' && (
        <textarea class="copy-manual" readOnly value={text} aria-label={label} rows={5} />
      )}
    </span>
  );
}
