import { compareText } from '../../lib/compare-text';
import { msg } from '../../lib/i18n/message';
import type { Account } from '../../lib/notes/schema';
import { Text, useT } from '../i18n/i18n';

export function accountLabel(account: Account): string {
  const tail = account.currency ? ` · ${account.currency}` : '';
  return account.name ? `${account.name} (${account.id})${tail}` : `${account.id}${tail}`;
}

/** Accounts in the order every list of them shows: by name, an unnamed one by its ID among them. */
export const byAccountLabel = (a: Account, b: Account): number => compareText(accountLabel(a), accountLabel(b));

/** Which ad account the popup shows. The open page's account comes first and is marked, then the rest by name, as the board lists them. */
export function AccountPicker({
  accounts,
  selected,
  pageAccountId,
  onSelect,
  onAdd,
}: {
  accounts: readonly Account[];
  selected: string | null;
  pageAccountId: string | null;
  onSelect: (id: string) => void;
  onAdd: () => void;
}) {
  const t = useT();
  const ordered = [...accounts].sort((a, b) => Number(b.id === pageAccountId) - Number(a.id === pageAccountId) || byAccountLabel(a, b));
  const labelOf = (account: Account) => (account.id === pageAccountId ? t.t(msg('popup.openPageAccount', { account: accountLabel(account) })) : accountLabel(account));
  const chosen = accounts.find((account) => account.id === selected);
  // The face's second line: the id under a name (alone, the id is the first line), then the currency.
  const details = chosen ? [chosen.name ? chosen.id : null, chosen.currency].filter(Boolean).join(' · ') : '';
  return (
    <div class="account-picker">
      <div class="picker-head">
        {accounts.length > 0 && <label for="account-picker">{t.t(msg('popup.adAccount'))}</label>}
        <button type="button" class="quiet" data-testid="add-account" onClick={onAdd}>
          {t.t(msg('popup.addAccount'))}
        </button>
      </div>
      {accounts.length > 0 && (
        // A select draws its chosen option on one line and cuts it with no ellipsis ("· USD" became "· USI" at the
        // popup's 380 px). It stays the control, unseen over a face of two lines: the name, which may shorten with
        // an ellipsis, and the id with the currency, which fit whole. Screen readers read the select; the face is hidden.
        // The select's title, shown on hover, holds the chosen account whole.
        <div class={chosen ? 'picker-face' : undefined}>
          {chosen && (
            <span class="picker-shown" aria-hidden="true" data-testid="account-picker-face">
              <span class="picker-name">
                <bdi>{chosen.name || chosen.id}</bdi>
              </span>
              {details && (
                <span class="picker-details small muted">
                  {chosen.id === pageAccountId ? <Text msg={msg('popup.openPageAccount', { account: details })} /> : <bdi>{details}</bdi>}
                </span>
              )}
            </span>
          )}
          <select id="account-picker" data-testid="account-picker" value={selected ?? ''} title={chosen && labelOf(chosen)} onChange={(event) => onSelect(event.currentTarget.value)}>
            {ordered.map((account) => (
              <option key={account.id} value={account.id}>
                {labelOf(account)}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
