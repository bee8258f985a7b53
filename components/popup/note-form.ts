import { msg } from '../../lib/i18n/message';
import { FreeNote } from '../../lib/notes/schema';
import { hasErrors, type FieldErrors, type FormResult } from './form-errors';

export type NoteField = 'text' | 'form';

export function noteFromForm(
  text: string,
  context: { accountId: string | null; existing: FreeNote | null; newId: () => string; now: Date },
): FormResult<FreeNote, NoteField> {
  const errors: FieldErrors<NoteField> = {};
  const trimmed = text.trim();
  if (trimmed === '') errors.text = msg('form.note.empty');
  else if (trimmed.length > 10_000) errors.text = msg('form.note.tooLong', { count: trimmed.length });
  if (hasErrors(errors)) return { ok: false, errors };
  const stamp = context.now.toISOString();
  const checked = FreeNote.safeParse({
    id: context.existing?.id ?? context.newId(),
    accountId: context.existing ? context.existing.accountId : context.accountId,
    text: trimmed,
    createdAt: context.existing?.createdAt ?? stamp,
    updatedAt: stamp,
  });
  if (!checked.success) return { ok: false, errors: { form: checked.error.issues[0]?.message ?? msg('form.note.notSaved') } };
  return { ok: true, value: checked.data };
}
