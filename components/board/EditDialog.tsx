import type { ComponentProps } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { BoardRow } from '../../lib/board/rows';
import { msg } from '../../lib/i18n/message';
import type { LoadedNotes } from '../../lib/notes/store';
import { useT } from '../i18n/i18n';
import { lazyComponent } from '../popup/lazy';
import type { NotesServices } from '../popup/services';
import type { ItemForm } from './ItemForm';

/** The popup's own forms, loaded when the dialog first opens: the board's first paint carries none of them. */
const loadItemForm = () => import('./ItemForm').then((m) => m.ItemForm);

/**
 * What the dialog is for: a row's offer or code, or a new one, starting on the account the board is
 * filtered to when it is one (`filtered`, the view's accounts), else the first by name; or a new account.
 */
export type DialogTarget = { type: 'edit'; row: BoardRow } | { type: 'add'; kind: BoardRow['kind']; filtered: readonly string[] } | { type: 'account' };

/**
 * Edits one row's offer or code, or adds one or an account, in a modal dialog with the popup's form;
 * the change goes to the background's single writer as the same op the popup sends. Escape or Cancel
 * closes it, and focus goes back to the button that opened it.
 */
export function EditDialog({ target, loaded, services, onClose }: { target: DialogTarget; loaded: LoadedNotes; services: NotesServices; onClose: (said?: string) => void }) {
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
  const title =
    target.type === 'edit'
      ? msg('board.editTitle')
      : target.type === 'account'
        ? msg('form.account.addTitle')
        : msg(target.kind === 'offer' ? 'form.offer.addTitle' : 'form.code.addTitle');
  // Named by the heading of the form it holds, of which there is one ("Edit code", "Add ad accounts from a
  // list"); while the form loads none of those ids is there, and the name falls back to aria-label.
  return (
    <dialog
      ref={dialog}
      class="edit-dialog"
      data-testid="edit-dialog"
      aria-labelledby="offer-form-title code-form-title account-form-title account-list-title"
      aria-label={t.t(title)}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <LazyItemForm target={target} notes={loaded.notes} services={services} onClose={onClose} />
    </dialog>
  );
}
