import type { FieldErrors } from './form-errors';

/**
 * What stops a form from saving, read out when it changes (the live region is always in the DOM, so
 * screen readers announce the new text). Each line names its field; the messages also sit in place.
 */
export function ErrorSummary<Field extends string>({
  errors,
  labels,
  saveError,
}: {
  errors: FieldErrors<Field>;
  labels: Partial<Record<Field, string>>;
  saveError?: string | null;
}) {
  const entries = (Object.entries(errors) as [Field, string | undefined][]).filter(([, message]) => Boolean(message));
  const count = entries.length;
  return (
    <div class="error-summary" role="status" aria-live="polite" aria-atomic="true" data-testid="error-summary">
      {saveError && <p class="save-error">{saveError}</p>}
      {count > 0 && (
        <>
          <p>
            {count === 1 ? 'One thing to fix before saving:' : `${count} things to fix before saving:`}
          </p>
          <ul>
            {entries.map(([field, message]) => (
              <li key={field}>
                {labels[field] ? `${labels[field]}: ` : ''}
                {message}
              </li>
            ))}
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
