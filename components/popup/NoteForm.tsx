import { msg } from '../../lib/i18n/message';
import type { FreeNote } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
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
const NOTE_LABEL = msg('form.note.label');

export function NoteForm({ accountId, note, newId, now, onSave, onCancel }: NoteFormProps) {
  const t = useT();
  const { values, set, errors, saveError, saving, form, submit } = useEntryForm({
    initial: { text: note?.text ?? '' },
    validate: (entered: { text: string }) => noteFromForm(entered.text, { accountId, existing: note, newId, now: now() }),
    onSave,
    failedSaving: (reason) => msg('form.note.saveFailed', { reason }),
  });
  const text = values.text;
  const setText = set('text');

  return (
    <form ref={form} class="entry-form" data-testid="note-form" noValidate onSubmit={submit} aria-labelledby="note-form-title">
      <h2 id="note-form-title" tabIndex={-1} class="panel-title">
        {t.t(msg(note ? 'form.note.editTitle' : 'form.note.addTitle'))}
      </h2>
      <Field label={t.t(NOTE_LABEL)} name="text" error={errors.text}>
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
      <ErrorSummary errors={errors} labels={{ text: NOTE_LABEL }} saveError={saveError} />
      <FormActions submitLabel={t.t(msg(note ? 'form.note.save' : 'form.note.add'))} saving={saving} onCancel={onCancel} />
    </form>
  );
}
