import type { ComponentProps } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { BoardRow } from '../../lib/board/rows';
import type { Account } from '../../lib/notes/schema';
import { msg } from '../../lib/i18n/message';
import type { LoadedNotes } from '../../lib/notes/store';
import { useT } from '../i18n/i18n';
import { lazyComponent } from '../popup/lazy';
import type { NotesServices } from '../popup/services';
import type { ItemForm } from './ItemForm';

/** The popup's own forms, loaded when a row is first edited: the board's first paint carries none of them. */
const loadItemForm = () => import('./ItemForm').then((m) => m.ItemForm);

/**
 * Edits one row's offer or code in a modal dialog, with the popup's form; the change goes to the
 * background's single writer as the same op the popup sends. Escape or Cancel closes it, and focus
 * goes back to the row's Edit button.
 */
export function EditDialog({ row, loaded, services, onClose }: { row: BoardRow; loaded: LoadedNotes; services: NotesServices; onClose: (said?: string) => void }) {
  const t = useT();
  // Its words are the board's language; the module loads once whatever the language.
  const LazyItemForm = useMemo(
    () => lazyComponent<ComponentProps<typeof ItemForm>>(loadItemForm, { loading: t.t(msg('board.openingForm')), failed: t.t(msg('board.formFailed')) }),
    [t],
  );
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(document.activeElement);
  useEffect(() => {
    const el = dialog.current!;
    el.showModal();
    const back = opener.current;
    return () => {
      if (el.open) el.close();
      if (back instanceof HTMLElement && back.isConnected) back.focus();
    };
  }, []);
  const account: Account = loaded.notes.accounts.find((a) => a.id === row.accountId) ?? {
    id: row.accountId,
    name: null,
    currency: row.currency,
    billingType: null,
    businessCenterOwned: null,
    lastSeenOn: null,
  };
  const offer = row.kind === 'offer' ? (loaded.notes.offers.find((o) => o.id === row.id) ?? null) : null;
  const code = row.kind === 'code' ? (loaded.notes.codes.find((c) => c.id === row.id) ?? null) : null;
  return (
    <dialog
      ref={dialog}
      class="edit-dialog"
      data-testid="edit-dialog"
      aria-label={t.t(msg('board.editTitle'))}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <LazyItemForm account={account} offer={offer} code={code} services={services} onClose={onClose} />
    </dialog>
  );
}
