import { useEffect, useState } from 'preact/hooks';
import { Field } from '../popup/Field';
import { formatLeadDays, parseLeadDays } from './reminder-days';

/** Days before each deadline (expiry, activation, expected credit) when a reminder fires. */
export function ReminderSettings({ days, onSave }: { days: readonly number[]; onSave: (days: number[]) => Promise<void> }) {
  const [text, setText] = useState(formatLeadDays(days));
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  // Another window may change the setting; follow it unless the user is mid-edit with an error.
  useEffect(() => {
    if (!error) setText(formatLeadDays(days));
  }, [days.join(',')]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseLeadDays(text);
    if (!parsed.ok) {
      setError(parsed.message);
      setStatus('');
      return;
    }
    setError(null);
    try {
      await onSave(parsed.days);
      setText(formatLeadDays(parsed.days));
      setStatus(parsed.days.length === 0 ? 'Saved: no reminders.' : `Saved: reminders ${parsed.days.map((d) => (d === 0 ? 'on the day' : `${d} day${d === 1 ? '' : 's'} before`)).join(', ')}.`);
    } catch (cause) {
      setError(`Not saved: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };

  return (
    <section class="section" aria-labelledby="reminders-title">
      <h2 id="reminders-title" class="section-title">
        Reminders
      </h2>
      <form class="inline-form" noValidate onSubmit={submit} data-testid="reminder-form">
        <Field label="Remind me this many days before a deadline" name="reminderLeadDays" error={error ?? undefined} hint="Numbers separated by commas, e.g. 7, 1 (0 means on the day). Empty: no reminders.">
          {(attrs) => (
            <input
              {...attrs}
              type="text"
              inputMode="numeric"
              value={text}
              onInput={(event) => {
                setText(event.currentTarget.value);
                setError(null);
              }}
            />
          )}
        </Field>
        <button type="submit">Save reminders</button>
      </form>
      <p class="muted" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
