import { useEffect, useRef, useState } from 'preact/hooks';

/** Deletes every note, observation, setting and kept-aside value, after a separate confirmation. */
export function DeleteAllData({ onDelete }: { onDelete: () => Promise<void> }) {
  const [stage, setStage] = useState<'idle' | 'asking' | 'deleting' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  // The safe answer takes the focus, so a stray Enter keeps the data.
  useEffect(() => {
    if (stage === 'asking') keep.current?.focus();
  }, [stage]);

  return (
    <div class="data-block danger-zone" data-testid="delete-all">
      <h3 class="block-title">Delete all data</h3>
      <p class="muted">Removes every account, offer, code, note and setting Credit Lens keeps in this browser.</p>
      {stage !== 'asking' && stage !== 'deleting' && (
        <button type="button" class="danger" data-testid="delete-all-start" onClick={() => setStage('asking')}>
          Delete all data…
        </button>
      )}
      {(stage === 'asking' || stage === 'deleting') && (
        <div class="confirm-box" role="group" aria-labelledby="delete-all-question">
          <p id="delete-all-question">
            <strong>Delete everything?</strong> This cannot be undone. Export your notes first if you may want them back.
          </p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              data-testid="delete-all-confirm"
              disabled={stage === 'deleting'}
              onClick={async () => {
                setStage('deleting');
                setError(null);
                try {
                  await onDelete();
                  setStage('done');
                } catch (cause) {
                  setError(`Nothing was deleted: ${cause instanceof Error ? cause.message : String(cause)}`);
                  setStage('asking');
                }
              }}
            >
              Yes, delete everything
            </button>
            <button type="button" ref={keep} onClick={() => setStage('idle')}>
              Keep my data
            </button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite" class="muted">
        {stage === 'done' ? 'All Credit Lens data was deleted.' : ''}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
