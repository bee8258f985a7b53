import type { Account, Code, Offer } from '../../lib/notes/schema';
import { CodeForm } from '../popup/CodeForm';
import { OfferForm } from '../popup/OfferForm';
import type { NotesServices } from '../popup/services';
import { BOARD_STRINGS as S } from './strings';

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
          onClose(S.saved(saved.name));
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
          onClose(S.saved(saved.code));
        }}
      />
    );
  }
  // Deleted elsewhere while the dialog opened.
  return (
    <p class="notice warn" role="alert">
      {S.noMatch}{' '}
      <button type="button" onClick={() => onClose()}>
        {S.close}
      </button>
    </p>
  );
}
