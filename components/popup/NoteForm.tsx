import { useRef, useState } from 'preact/hooks';
import type { FreeNote } from '../../lib/notes/schema';
import { ErrorSummary, focusFirstInvalid } from './ErrorSummary';
import { Field } from './Field';
import type { FieldErrors } from './form-errors';
import { noteFromForm, type NoteField } from './note-form';

export interface NoteFormProps {
  accountId: string | null;
  note: FreeNote | null;
  newId: () => string;
  now: () => Date;
  onSave: (note: FreeNote) => Promise<void>;
  onCancel: () => void;
}

/** A free-text note about the account (who to ask at support, what the rep said…). */
export function NoteForm({ accountId, note, newId, now, onSave, onCancel }: NoteFormProps) {
  const [text, setText] = useState(note?.text ?? '');
  const [errors, setErrors] = useState<FieldErrors<NoteField>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = noteFromForm(text, { accountId, existing: note, newId, now: now() });
    if (!result.ok) {
      setErrors(result.errors);
      setTimeout(() => focusFirstInvalid(form.current));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(result.value);
    } catch (error) {
      setSaveError(`Could not save the note: ${error instanceof Error ? error.message : String(error)}. Your text is still here.`);
      setSaving(false);
    }
  };

  return (
    <form ref={form} class="entry-form" data-testid="note-form" noValidate onSubmit={submit} aria-labelledby="note-form-title">
      <h2 id="note-form-title" tabIndex={-1} class="panel-title">
        {note ? 'Edit note' : 'Add a note'}
      </h2>
      <Field label="Note" name="text" error={errors.text}>
        {(attrs) => (
          <textarea
            {...attrs}
            rows={5}
            value={text}
            onInput={(event) => {
              setText(event.currentTarget.value);
              if (errors.text) setErrors({});
            }}
          />
        )}
      </Field>
      {errors.form && <p class="field-error">{errors.form}</p>}
      <ErrorSummary errors={errors} labels={{ text: 'Note' }} saveError={saveError} />
      <div class="actions">
        <button type="submit" class="primary" disabled={saving}>
          {note ? 'Save note' : 'Add note'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
