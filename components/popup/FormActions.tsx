import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/** A form's Save (disabled while saving) and Cancel, in the order every entry form shows them. */
export function FormActions({ submitLabel, saving, onCancel }: { submitLabel: string; saving: boolean; onCancel: () => void }) {
  const t = useT();
  return (
    <div class="actions">
      <button type="submit" class="primary" disabled={saving}>
        {submitLabel}
      </button>
      <button type="button" onClick={onCancel}>
        {t.t(msg('common.cancel'))}
      </button>
    </div>
  );
}
