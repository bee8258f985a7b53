import { useRef, useState } from 'preact/hooks';
import { focusFirstInvalid } from './ErrorSummary';
import type { FieldErrors, FormResult } from './form-errors';

/**
 * The shell every entry form shares: values, messages in place, and a save that keeps the user's entry
 * when it fails. `validate` turns the values into the entity or field messages (the zod schemas decide).
 */
export function useEntryForm<Values extends object, Field extends string, T>({
  initial,
  validate,
  onSave,
  failedSaving,
}: {
  initial: Values | (() => Values);
  validate: (values: Values) => FormResult<T, Field>;
  onSave: (value: T) => Promise<void>;
  /** "Could not save the offer: <reason>. Your entry is still here." */
  failedSaving: (reason: string) => string;
}) {
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const set = (field: keyof Values & string) => (value: Values[typeof field]) => {
    setValues((current) => ({ ...current, [field]: value }));
    // A message stays until the field changes; stale ones would contradict what the user now sees.
    if (errors[field as unknown as Field]) setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = validate(values);
    if (!result.ok) {
      setErrors(result.errors);
      // Let the in-place messages render before moving focus to the first one.
      setTimeout(() => focusFirstInvalid(form.current));
      return;
    }
    setErrors({});
    setSaving(true);
    setSaveError(null);
    try {
      await onSave(result.value);
    } catch (error) {
      setSaveError(failedSaving(error instanceof Error ? error.message : String(error)));
      setSaving(false);
    }
  };

  return { values, set, errors, saveError, saving, form, submit };
}
