import type { ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  /** Shown under the input; tied to it with aria-describedby. */
  hint?: string;
  error?: string;
  /** The input, given its id and ARIA attributes by the field. */
  children: (attrs: { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined; name: string }) => ComponentChildren;
  name: string;
}

/** A labelled control with its hint and its error in place, each read out with the control. */
export function Field({ label, hint, error, name, children }: FieldProps) {
  const id = `${name}-${useId()}`;
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field" data-field={name} data-invalid={error ? 'true' : undefined}>
      <label for={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': described, name })}
      {hint && (
        <p class="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`} data-error-for={name}>
          {error}
        </p>
      )}
    </div>
  );
}

/** The few input attributes the forms use. */
interface InputProps {
  type?: 'text' | 'date' | 'datetime-local';
  inputMode?: 'text' | 'decimal' | 'numeric';
  autoComplete?: string;
  autoCapitalize?: 'characters' | 'off';
  spellcheck?: boolean;
  required?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  class?: string;
}

export function TextField({
  label,
  hint,
  error,
  name,
  value,
  onValue,
  ...input
}: { label: string; hint?: string; error?: string; name: string; value: string; onValue: (value: string) => void } & InputProps) {
  return (
    <Field label={label} hint={hint} error={error} name={name}>
      {/* Preact types <input> per `type`; the props here are valid for every type the forms use. */}
      {(attrs) => <input type="text" {...(input as object)} {...attrs} value={value} onInput={(event) => onValue(event.currentTarget.value)} />}
    </Field>
  );
}

export function SelectField<T extends string>({
  label,
  hint,
  error,
  name,
  value,
  options,
  onValue,
}: {
  label: string;
  hint?: string;
  error?: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onValue: (value: T) => void;
}) {
  return (
    <Field label={label} hint={hint} error={error} name={name}>
      {(attrs) => (
        <select {...attrs} value={value} onChange={(event) => onValue(event.currentTarget.value as T)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
