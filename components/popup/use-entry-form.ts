import { useRef, useState } from 'preact/hooks';
import type { Msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { focusFirstInvalid } from './ErrorSummary';
import type { FieldErrors, FieldMessage, FormResult } from './form-errors';
import { errorText } from '../../lib/notes/op-message';

/**
 * The shell every entry form shares: values, messages in place, and a save that keeps the user's entry
 * when it fails. `validate` turns the values into the entity or field messages (the zod schemas decide).
 * Messages are kept as data and rendered here, so a change of language rewords them in place.
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
  failedSaving: (reason: string) => Msg;
}) {
  const t = useT();
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<FieldErrors<Field>>({});
  const [saveError, setSaveError] = useState<Msg | null>(null);
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
      setSaveError(failedSaving(errorText(error)));
      setSaving(false);
    }
  };

  const say = (message: FieldMessage) => (typeof message === 'string' ? message : t.t(message));
  const shown: Partial<Record<Field, string>> = {};
  for (const [field, message] of Object.entries(errors) as [Field, FieldMessage | undefined][]) if (message) shown[field] = say(message);
  return { values, set, errors: shown, saveError: saveError && t.t(saveError), saving, form, submit };
}
