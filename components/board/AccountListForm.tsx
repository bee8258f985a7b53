import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { msg } from '../../lib/i18n/message';
import type { Account } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { ErrorSummary } from '../popup/ErrorSummary';
import { Field } from '../popup/Field';
import { FormActions } from '../popup/FormActions';
import { useEntryForm } from '../popup/use-entry-form';
import { accountLabel } from '../popup/AccountPicker';
import { accountsFromList, listPreview, readAccountList } from './account-list';

const LIST_LABEL = msg('accountList.list');

/**
 * Many ad accounts at once, pasted as a list (an agency's clients, from a spreadsheet or Business
 * Center): what the list names is counted and shown as the user types, as the notes will hold it, and
 * it is saved whole or not at all.
 */
export function AccountListForm({ known, lead, onSave, onCancel }: { known: readonly Account[]; lead: ComponentChildren; onSave: (accounts: Account[]) => Promise<void>; onCancel: () => void }) {
  const t = useT();
  const { values, set, errors, saveError, saving, form, submit } = useEntryForm({
    initial: { list: '' },
    validate: (entered: { list: string }) => accountsFromList(readAccountList(entered.list)),
    onSave,
    failedSaving: (reason) => msg('accountList.saveFailed', { reason }),
  });
  const preview = useMemo(() => listPreview(readAccountList(values.list), known), [values.list, known]);
  const count = preview.length;
  const inNotes = preview.filter((entry) => entry.known).length;
  const setList = set('list');

  return (
    <form ref={form} class="entry-form" data-testid="account-list-form" noValidate onSubmit={submit} aria-labelledby="account-list-title">
      <h2 id="account-list-title" tabIndex={-1} class="panel-title">
        {t.t(msg('accountList.addTitle'))}
      </h2>
      {lead}
      <Field label={t.t(LIST_LABEL)} hint={t.t(msg('accountList.listHint'))} name="list" error={errors.list}>
        {(attrs) => <textarea {...attrs} rows={8} dir="auto" spellcheck={false} value={values.list} onInput={(event) => setList(event.currentTarget.value)} />}
      </Field>
      <p class="muted" data-testid="list-counts">
        {count > 0 && t.t(msg('accountList.found', { count }))}
        {inNotes > 0 && ` ${t.t(msg('accountList.known', { count: inNotes }))}`}
      </p>
      {count > 0 && (
        <details class="more" data-testid="list-preview">
          <summary>{t.t(msg('accountList.preview'))}</summary>
          <ul>
            {preview.map(({ account, known: inTheNotes }) => (
              <li key={account.id}>
                <bdi>{accountLabel(account)}</bdi>
                {inTheNotes && ` ${t.t(msg('accountList.inNotes'))}`}
              </li>
            ))}
          </ul>
        </details>
      )}
      <ErrorSummary errors={errors} labels={{ list: LIST_LABEL }} saveError={saveError} />
      <FormActions submitLabel={t.t(count > 0 ? msg('accountList.add', { count }) : msg('accountList.addNone'))} saving={saving} onCancel={onCancel} />
    </form>
  );
}
