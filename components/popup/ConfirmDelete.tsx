import { useEffect, useRef, useState } from 'preact/hooks';
import { msg, type Msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { errorText } from '../../lib/notes/op-message';

/** What a delete button says about its item: its accessible name, the question's group name, the question. */
export interface DeleteWords {
  /** "Delete offer “Spend 500, get 250”" */
  label: Msg;
  /** "Confirm: delete offer “Spend 500, get 250”" */
  confirm: Msg;
  /** "Delete offer “Spend 500, get 250”?" */
  question: Msg;
}

/**
 * "Delete" that asks once, in place: the question replaces the button and takes the focus; Escape or
 * "Keep" puts everything back. Nothing is deleted on a single click.
 */
export function ConfirmDelete({ words, onDelete }: { words: DeleteWords; onDelete: () => Promise<void> }) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<Msg | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) confirm.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking) {
    return (
      <button type="button" class="quiet danger" ref={opener} aria-label={t.t(words.label)} onClick={() => setAsking(true)}>
        {t.t(msg('common.delete'))}
      </button>
    );
  }
  return (
    <span
      class="confirm"
      role="group"
      aria-label={t.t(words.confirm)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          setAsking(false);
        }
      }}
    >
      <span class="confirm-question">{t.t(words.question)}</span>
      <button
        type="button"
        class="danger"
        ref={confirm}
        onClick={async () => {
          try {
            await onDelete();
          } catch (cause) {
            setError(msg('popup.deleteFailed', { reason: errorText(cause) }));
          }
        }}
      >
        {t.t(msg('common.yesDelete'))}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t.t(msg('common.keep'))}
      </button>
      {error && (
        <span class="field-error" role="alert">
          {t.t(error)}
        </span>
      )}
    </span>
  );
}
