import type { FreeNote } from '../../lib/notes/schema';
import { FormActions } from './FormActions';
import { useEntryForm } from './use-entry-form';
import { ErrorSummary } from './ErrorSummary';
import { Field } from './Field';
import { noteFromForm } from './note-form';

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
  const { values, set, errors, saveError, saving, form, submit } = useEntryForm({
    initial: { text: note?.text ?? '' },
    validate: (entered: { text: string }) => noteFromForm(entered.text, { accountId, existing: note, newId, now: now() }),
    onSave,
    failedSaving: (reason) => `Could not save the note: ${reason}. Your text is still here.`,
  });
  const text = values.text;
  const setText = set('text');

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
            onInput={(event) => setText(event.currentTarget.value)}
          />
        )}
      </Field>
      {errors.form && <p class="field-error">{errors.form}</p>}
      <ErrorSummary errors={errors} labels={{ text: 'Note' }} saveError={saveError} />
      <FormActions submitLabel={note ? 'Save note' : 'Add note'} saving={saving} onCancel={onCancel} />
    </form>
  );
}
