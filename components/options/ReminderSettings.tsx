import { useEffect, useState } from 'preact/hooks';
import { msg, type Msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { Field } from '../popup/Field';
import { formatLeadDays, parseLeadDays } from './reminder-days';
import { errorText } from '../../lib/notes/op-message';

/** Days before each deadline (expiry, activation, expected credit) when a reminder fires. */
export function ReminderSettings({ days, onSave }: { days: readonly number[]; onSave: (days: number[]) => Promise<void> }) {
  const t = useT();
  const [text, setText] = useState(formatLeadDays(days));
  const [error, setError] = useState<Msg | null>(null);
  const [status, setStatus] = useState<Msg | null>(null);
  // Another window may change the setting; follow it unless the user is mid-edit with an error.
  useEffect(() => {
    if (!error) setText(formatLeadDays(days));
  }, [days.join(',')]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseLeadDays(text);
    if (!parsed.ok) {
      setError(parsed.message);
      setStatus(null);
      return;
    }
    setError(null);
    try {
      await onSave(parsed.days);
      setText(formatLeadDays(parsed.days));
      const list = parsed.days.map((d) => ({ msg: d === 0 ? msg('options.reminders.onTheDay') : msg('options.reminders.daysBefore', { count: d }) }));
      setStatus(parsed.days.length === 0 ? msg('options.reminders.savedNone') : msg('options.reminders.saved', { list: { list } }));
    } catch (cause) {
      setError(msg('common.notSaved', { reason: errorText(cause) }));
    }
  };

  return (
    <section class="section" aria-labelledby="reminders-title">
      <h2 id="reminders-title" class="section-title">
        {t.t(msg('options.reminders.title'))}
      </h2>
      <form class="inline-form" noValidate onSubmit={submit} data-testid="reminder-form">
        <Field
          label={t.t(msg('options.reminders.label'))}
          name="reminderLeadDays"
          error={error ? t.t(error) : undefined}
          hint={t.t(msg('options.reminders.hint'))}
        >
          {(attrs) => (
            <input
              {...attrs}
              type="text"
              inputMode="numeric"
              dir="ltr"
              value={text}
              onInput={(event) => {
                setText(event.currentTarget.value);
                setError(null);
              }}
            />
          )}
        </Field>
        <button type="submit">{t.t(msg('options.reminders.save'))}</button>
      </form>
      <p class="muted" role="status" aria-live="polite">
        {status ? t.t(status) : ''}
      </p>
    </section>
  );
}
