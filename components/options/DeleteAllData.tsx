import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../lib/notes/op-message';

/** Deletes every note, observation, setting and kept-aside value, after a separate confirmation. */
export function DeleteAllData({ onDelete }: { onDelete: () => Promise<void> }) {
  const t = useT();
  const [stage, setStage] = useState<'idle' | 'asking' | 'deleting' | 'done'>('idle');
  const [error, setError] = useState<string | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  // The safe answer takes the focus, so a stray Enter keeps the data.
  useEffect(() => {
    if (stage === 'asking') keep.current?.focus();
  }, [stage]);

  return (
    <div class="data-block danger-zone" data-testid="delete-all">
      <h3 class="block-title">{t.t(msg('options.data.deleteTitle'))}</h3>
      <p class="muted">{t.t(msg('options.data.deleteIntro'))}</p>
      {stage !== 'asking' && stage !== 'deleting' && (
        <button type="button" class="danger" data-testid="delete-all-start" onClick={() => setStage('asking')}>
          {t.t(msg('options.data.deleteStart'))}
        </button>
      )}
      {(stage === 'asking' || stage === 'deleting') && (
        <div class="confirm-box" role="group" aria-labelledby="delete-all-question">
          <p id="delete-all-question">
            <strong>{t.t(msg('options.data.deleteQuestion'))}</strong> {t.t(msg('options.data.deleteWarning'))}
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
                  setError(t.t(msg('options.data.deleteFailed', { reason: errorText(cause) })));
                  setStage('asking');
                }
              }}
            >
              {t.t(msg('options.data.deleteConfirm'))}
            </button>
            <button type="button" ref={keep} onClick={() => setStage('idle')}>
              {t.t(msg('options.data.deleteKeep'))}
            </button>
          </div>
        </div>
      )}
      <p role="status" aria-live="polite" class="muted">
        {stage === 'done' ? t.t(msg('options.data.deleted')) : ''}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
