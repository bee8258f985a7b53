import { Fragment } from 'preact';
import { msg } from '../../lib/i18n/message';
import type { Code } from '../../lib/notes/schema';
import { Text, useT } from '../i18n/i18n';
import { CODE_STATUS_LABELS, REJECTION_LABELS } from './code-labels';
import { ConfirmDelete } from './ConfirmDelete';
import { CopyCodeIcon } from '../CopyCode';
import type { Deadline } from './deadlines';

export function CodeCard({
  code,
  enterable,
  deadline,
  onEdit,
  onDelete,
  onWhyRejected,
}: {
  code: Code;
  /** The code may still be entered (lib/credit/code-window.ts): offered to copy. */
  enterable: boolean;
  deadline: Deadline | null;
  onEdit: () => void;
  onDelete: () => Promise<void>;
  onWhyRejected: () => void;
}) {
  const t = useT();
  return (
    <li class="card" data-testid="code" data-code-id={code.id} data-status={code.status}>
      <div class="card-head">
        <div class="code-title">
          <h3 class="card-title mono">
            <bdi>{code.code}</bdi>
          </h3>
          {enterable && <CopyCodeIcon code={code.code} />}
        </div>
        <span class={`state code-${code.status}`}>{t.t(CODE_STATUS_LABELS[code.status])}</span>
      </div>
      {(code.amount || code.source) && (
        // The amount and the user's own words, each in its own direction.
        <p class="card-sub">
          {[code.amount ? t.value({ money: code.amount, currency: code.currency }) : null, code.source]
            .filter(Boolean)
            .map((part, index) => (
              <Fragment key={index}>
                {index > 0 && ' · '}
                <bdi>{part}</bdi>
              </Fragment>
            ))}
        </p>
      )}
      {deadline && (
        <p class={`countdown tone-${deadline.tone}`} data-testid="countdown">
          <Text msg={deadline.text} />
        </p>
      )}
      {code.status === 'rejected' && (
        <p class="card-sub">
          {t.t(
            code.rejectedCause && code.rejectedCause !== 'unknown'
              ? msg('popup.youNoted', { cause: { msg: REJECTION_LABELS[code.rejectedCause] } })
              : msg('popup.rejectedNoCause'),
          )}
        </p>
      )}
      <div class="card-actions">
        {code.status === 'rejected' && (
          <button type="button" class="quiet" onClick={onWhyRejected}>
            {t.t(msg('popup.whyRejectedShort'))}
          </button>
        )}
        <button type="button" class="quiet" onClick={onEdit} aria-label={t.t(msg('popup.editCode', { code: code.code }))}>
          {t.t(msg('common.edit'))}
        </button>
        <ConfirmDelete
          words={{
            label: msg('popup.deleteCode', { code: code.code }),
            confirm: msg('popup.deleteCodeConfirm', { code: code.code }),
            question: msg('popup.deleteCodeQuestion', { code: code.code }),
          }}
          onDelete={onDelete}
        />
      </div>
    </li>
  );
}
