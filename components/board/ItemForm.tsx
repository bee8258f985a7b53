import { msg } from '../../lib/i18n/message';
import type { Account, Code, Offer } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { CodeForm } from '../popup/CodeForm';
import { OfferForm } from '../popup/OfferForm';
import type { NotesServices } from '../popup/services';

/** The popup's offer or code form, saving through the same ops (loaded lazily by EditDialog). */
export function ItemForm({
  account,
  offer,
  code,
  services,
  onClose,
}: {
  account: Account;
  offer: Offer | null;
  code: Code | null;
  services: NotesServices;
  onClose: (said?: string) => void;
}) {
  const t = useT();
  if (offer) {
    return (
      <OfferForm
        account={account}
        offer={offer}
        newId={services.newId}
        now={services.now}
        onCancel={() => onClose()}
        onSave={async (saved) => {
          await services.updateNotes({ type: 'offer/upsert', offer: saved });
          onClose(t.t(msg('board.saved', { name: saved.name })));
        }}
      />
    );
  }
  if (code) {
    return (
      <CodeForm
        account={account}
        code={code}
        newId={services.newId}
        now={services.now}
        onCancel={() => onClose()}
        onSave={async (saved) => {
          await services.updateNotes({ type: 'code/upsert', code: saved });
          onClose(t.t(msg('board.saved', { name: saved.code })));
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
