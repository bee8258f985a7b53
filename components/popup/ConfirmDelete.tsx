import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * "Delete" that asks once, in place: the question replaces the button and takes the focus; Escape or
 * "Keep" puts everything back. Nothing is deleted on a single click.
 */
export function ConfirmDelete({ what, onDelete, label = 'Delete' }: { what: string; onDelete: () => Promise<void>; label?: string }) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
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
      <button type="button" class="quiet danger" ref={opener} aria-label={`${label} ${what}`} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span
      class="confirm"
      role="group"
      aria-label={`Confirm: ${label.toLowerCase()} ${what}`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          setAsking(false);
        }
      }}
    >
      <span class="confirm-question">{label} {what}?</span>
      <button
        type="button"
        class="danger"
        ref={confirm}
        onClick={async () => {
          try {
            await onDelete();
          } catch (cause) {
            setError(`Could not delete: ${cause instanceof Error ? cause.message : String(cause)}`);
          }
        }}
      >
        Yes, {label.toLowerCase()}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep
      </button>
      {error && (
        <span class="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
