import { useEffect, useRef, useState } from 'preact/hooks';
import { loadAccountListTranslator } from '../../lib/i18n/account-list-words';
import { msg } from '../../lib/i18n/message';
import type { Account } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { WithWords } from '../i18n/WithWords';
import { AccountForm } from '../popup/AccountForm';
import { accountValuesFromSummary } from '../popup/account-form';
import type { NotesServices } from '../popup/services';
import { AccountListForm } from './AccountListForm';

interface AccountFormsProps {
  known: readonly Account[];
  updateNotes: NotesServices['updateNotes'];
  onClose: (said?: string) => void;
}

/**
 * A new account on the board: the popup's form, typed in (the board has no page to read it from), or
 * many at once from a pasted list (an agency's clients). Both send the op "Add account" sends.
 */
export function AccountForms(props: AccountFormsProps) {
  return (
    <WithWords load={loadAccountListTranslator}>
      <Forms {...props} />
    </WithWords>
  );
}

function Forms({ known, updateNotes, onClose }: AccountFormsProps) {
  const t = useT();
  const [many, setMany] = useState(false);
  // The switch that was clicked is gone with its form: the cursor goes where the other form is typed in.
  const switched = useRef(false);
  useEffect(() => {
    if (switched.current) document.querySelector<HTMLElement>(many ? '[data-testid="account-list-form"] textarea' : '[data-testid="account-form"] [name="id"]')?.focus();
  }, [many]);
  const switchTo = (list: boolean) => (
    <p>
      <button
        type="button"
        class="link"
        data-testid="account-form-switch"
        onClick={() => {
          switched.current = true;
          setMany(list);
        }}
      >
        {t.t(msg(list ? 'accountList.pasteList' : 'accountList.addOne'))}
      </button>
    </p>
  );
  if (many) {
    return (
      <AccountListForm
        known={known}
        lead={switchTo(false)}
        onCancel={() => onClose()}
        onSave={async (saved) => {
          await updateNotes({ type: 'accounts/add', accounts: saved });
          onClose(t.t(msg('accountList.saved', { count: new Set(saved.map((account) => account.id)).size })));
        }}
      />
    );
  }
  return (
    <AccountForm
      initial={accountValuesFromSummary(null)}
      existing={null}
      fromPage={false}
      lead={switchTo(true)}
      onCancel={() => onClose()}
      onSave={async (saved) => {
        await updateNotes({ type: 'accounts/add', accounts: [saved] });
        onClose(t.t(msg('popup.accountSaved', { account: saved.name ?? saved.id })));
      }}
    />
  );
}
