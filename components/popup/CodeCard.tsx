import type { Code } from '../../lib/notes/schema';
import { formatAmount } from '../money';
import { CODE_STATUS_LABELS, REJECTION_LABELS } from './code-form';
import { ConfirmDelete } from './ConfirmDelete';
import { Text } from '../i18n/i18n';
import type { Deadline } from './deadlines';

export function CodeCard({
  code,
  deadline,
  onEdit,
  onDelete,
  onWhyRejected,
}: {
  code: Code;
  deadline: Deadline | null;
  onEdit: () => void;
  onDelete: () => Promise<void>;
  onWhyRejected: () => void;
}) {
  return (
    <li class="card" data-testid="code" data-code-id={code.id} data-status={code.status}>
      <div class="card-head">
        <h3 class="card-title mono">{code.code}</h3>
        <span class={`state code-${code.status}`}>{CODE_STATUS_LABELS[code.status]}</span>
      </div>
      {(code.amount || code.source) && (
        <p class="card-sub">
          {[code.amount ? formatAmount(code.amount, code.currency) : null, code.source].filter(Boolean).join(' · ')}
        </p>
      )}
      {deadline && (
        <p class={`countdown tone-${deadline.tone}`} data-testid="countdown">
          <Text msg={deadline.text} />
        </p>
      )}
      {code.status === 'rejected' && (
        <p class="card-sub">
          {code.rejectedCause && code.rejectedCause !== 'unknown' ? `You noted: ${REJECTION_LABELS[code.rejectedCause].toLowerCase()}.` : 'Rejected; cause not noted.'}
        </p>
      )}
      <div class="card-actions">
        {code.status === 'rejected' && (
          <button type="button" class="quiet" onClick={onWhyRejected}>
            Why rejected?
          </button>
        )}
        <button type="button" class="quiet" onClick={onEdit} aria-label={`Edit code ${code.code}`}>
          Edit
        </button>
        <ConfirmDelete what={`code ${code.code}`} onDelete={onDelete} />
      </div>
    </li>
  );
}
