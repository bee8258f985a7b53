import { msg, type Msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/**
 * What stops a form from saving, read out when it changes (the live region is always in the DOM, so
 * screen readers announce the new text). Each line names its field; the messages also sit in place.
 * The messages arrive rendered in the active language (useEntryForm); the fields' names are messages.
 */
export function ErrorSummary<Field extends string>({
  errors,
  labels,
  saveError,
}: {
  errors: Partial<Record<Field, string>>;
  labels: Partial<Record<Field, Msg>>;
  saveError?: string | null;
}) {
  const t = useT();
  const entries = (Object.entries(errors) as [Field, string | undefined][]).filter(([, message]) => Boolean(message));
  const count = entries.length;
  return (
    <div class="error-summary" role="status" aria-live="polite" aria-atomic="true" data-testid="error-summary">
      {saveError && <p class="save-error">{saveError}</p>}
      {count > 0 && (
        <>
          <p>{t.t(msg('form.fixBeforeSaving', { count }))}</p>
          <ul>
            {entries.map(([field, message]) => {
              const label = labels[field];
              return <li key={field}>{label ? t.t(msg('form.fieldProblem', { field: { msg: label }, problem: message! })) : message}</li>;
            })}
          </ul>
        </>
      )}
    </div>
  );
}

/** After a failed submit: put the cursor in the first field to fix. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
