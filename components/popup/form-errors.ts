/**
 * Form validation in place: each message belongs to the field the user must fix. The zod schemas in
 * lib/notes/schema.ts stay the final word; their issues are mapped back onto form fields so nothing
 * the store would refuse can slip past a form.
 */
import type { Msg } from '../../lib/i18n/message';

/**
 * A field's problem: a message in the catalogue, or the schema's own words (a developer's detail, in
 * English) for a problem the form's checks did not catch first.
 */
export type FieldMessage = Msg | string;

export type FieldErrors<Field extends string> = Partial<Record<Field, FieldMessage>>;

export type FormResult<T, Field extends string> = { ok: true; value: T } | { ok: false; errors: FieldErrors<Field> };

interface IssueLike {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * The first issue per field wins. `fieldOf` maps a schema key to the form field showing it (null: no
 * field, so the message goes to `fallbackField`); `friendly` replaces the schema's developer wording.
 */
export function issuesToFieldErrors<Field extends string>(
  issues: readonly IssueLike[],
  fieldOf: (key: string) => Field | null,
  fallbackField: Field,
  friendly: FieldErrors<Field> = {},
): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {};
  for (const issue of issues) {
    const key = issue.path.length > 0 ? String(issue.path[0]) : '';
    const field = fieldOf(key) ?? fallbackField;
    if (errors[field]) continue;
    errors[field] = friendly[field] ?? issue.message;
  }
  return errors;
}

export const hasErrors = (errors: FieldErrors<string>) => Object.values(errors).some(Boolean);
