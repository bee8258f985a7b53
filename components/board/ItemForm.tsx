import { useState } from 'preact/hooks';
import { msg } from '../../lib/i18n/message';
import { unnamedAccount } from '../../lib/notes/defaults';
import type { Account, NotesDoc } from '../../lib/notes/schema';
import type { DialogTarget } from './EditDialog';
import { useT } from '../i18n/i18n';
import { AccountForms } from './AccountForms';
import { accountLabel, byAccountLabel } from '../popup/AccountPicker';
import { CodeForm } from '../popup/CodeForm';
import { OfferForm } from '../popup/OfferForm';
import type { NotesServices } from '../popup/services';

/**
 * The popup's offer or code form, saving through the same ops (loaded lazily by EditDialog, so the
 * board's first paint carries none of it): a row's item to edit, or a new one on an account chosen here;
 * or a new account, typed in or pasted as a list (AccountForms).
 */
export function ItemForm({ target, notes, services, onClose }: { target: DialogTarget; notes: NotesDoc; services: NotesServices; onClose: (said?: string) => void }) {
  const t = useT();
  const adding = target.type === 'add' ? target : null;
  const row = target.type === 'edit' ? target.row : null;
  // The accounts in the order the board's account filter lists them.
  const accounts = adding ? [...notes.accounts].sort(byAccountLabel) : [];
  const [chosenId, setChosenId] = useState(() => accounts.find((a) => adding?.filtered.length === 1 && a.id === adding.filtered[0])?.id ?? accounts[0]?.id);
  const chosen: Account | undefined = row
    ? (notes.accounts.find((a) => a.id === row.accountId) ?? unnamedAccount(row.accountId, row.currency))
    : accounts.find((a) => a.id === chosenId);
  const offer = row?.kind === 'offer' ? (notes.offers.find((o) => o.id === row.id) ?? null) : null;
  const code = row?.kind === 'code' ? (notes.codes.find((c) => c.id === row.id) ?? null) : null;
  if (target.type === 'account') return <AccountForms known={notes.accounts} updateNotes={services.updateNotes} onClose={onClose} />;
  // The form keeps what was typed when the account changes; its currency and checks follow the account.
  const lead = adding && (
    <div class="field">
      <label for="dialog-account">{t.t(msg('popup.adAccount'))}</label>
      <select id="dialog-account" data-testid="dialog-account" value={chosenId} onChange={(event) => setChosenId(event.currentTarget.value)}>
        {accounts.map((option) => (
          <option key={option.id} value={option.id}>
            {accountLabel(option)}
          </option>
        ))}
      </select>
    </div>
  );
  if (chosen && (offer || adding?.kind === 'offer')) {
    return (
      <OfferForm
        account={chosen}
        lead={lead}
        offer={offer}
        newId={services.newId}
        now={services.now}
        onCancel={() => onClose()}
        onSave={async (saved) => {
          await services.updateNotes({ type: 'offer/upsert', offer: saved });
          onClose(t.t(adding ? msg('popup.offerAdded', { name: saved.name }) : msg('board.saved', { name: saved.name })));
        }}
      />
    );
  }
  if (chosen && (code || adding?.kind === 'code')) {
    return (
      <CodeForm
        account={chosen}
        lead={lead}
        code={code}
        newId={services.newId}
        now={services.now}
        onCancel={() => onClose()}
        onSave={async (saved) => {
          await services.updateNotes({ type: 'code/upsert', code: saved });
          onClose(t.t(adding ? msg('popup.codeAdded', { code: saved.code }) : msg('board.saved', { name: saved.code })));
        }}
      />
    );
  }
  // Deleted elsewhere while the dialog opened.
  return (
    <p class="notice warn" role="alert">
      {t.t(msg('board.noMatch'))}{' '}
      <button type="button" onClick={() => onClose()}>
        {t.t(msg('common.close'))}
      </button>
    </p>
  );
}
