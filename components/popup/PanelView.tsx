import { intlTag } from '../../lib/i18n/locales';
import { msg } from '../../lib/i18n/message';
import type { LoadedNotes } from '../../lib/notes/store';
import type { Account, Code, FreeNote, Offer } from '../../lib/notes/schema';
import type { Promotion } from '../../lib/reader/reading';
import type { PageSummary } from '../../lib/messages';
import { WhichTypeGuide } from '../guides/WhichTypeGuide';
import { loadPopupGuidesTranslator } from '../../lib/i18n/ui-catalog';
import { WithWords } from '../i18n/WithWords';
import { useT } from '../i18n/i18n';
import { accountValuesFromSummary, siteOf } from './account-form';
import { AccountForm } from './AccountForm';
import { CodeForm } from './CodeForm';
import { NoteForm } from './NoteForm';
import { OfferForm } from './OfferForm';
import { offerValuesFromPromotion } from './offer-form';
import { LazyRejectionPanel } from './LazyRejectionPanel';
import type { PopupServices } from './services';

/**
 * What the popup shows in place of its lists: a form or a guide. A form opened from the page carries
 * what the page showed; its values are made here, so the code that turns a page into form values loads
 * with the forms, not with the lists.
 */
export type Panel =
  | { type: 'offer'; offer: Offer | null; fromPromotion?: Promotion }
  | { type: 'code'; code: Code | null }
  | { type: 'note'; note: FreeNote | null }
  | { type: 'account'; fromPage: PageSummary | null }
  | { type: 'which-type' }
  | { type: 'why-rejected'; code: Code | null };

export function PanelView({
  panel,
  account,
  services,
  loaded,
  close,
  replace,
  announce,
  onAccountSaved,
}: {
  panel: Panel;
  account: Account | null;
  services: PopupServices;
  loaded: LoadedNotes;
  close: (said?: string) => void;
  /** Opens another panel in place of this one (the guide's "track this offer"). */
  replace: (panel: Panel) => void;
  announce: (text: string) => void;
  onAccountSaved: (id: string) => void;
}) {
  const t = useT();
  const back = (
    <button type="button" class="quiet back" onClick={() => close()}>
      {t.t(msg('popup.back'))}
    </button>
  );
  switch (panel.type) {
    case 'offer':
      return account ? (
        <OfferForm
          account={account}
          offer={panel.offer}
          initial={panel.fromPromotion && offerValuesFromPromotion(panel.fromPromotion, intlTag(t.locale))}
          source={panel.fromPromotion && 'page'}
          newId={services.newId}
          now={services.now}
          onCancel={() => close()}
          onSave={async (offer) => {
            await services.updateNotes({ type: 'offer/upsert', offer });
            close(t.t(msg(panel.offer ? 'popup.offerSaved' : 'popup.offerAdded', { name: offer.name })));
          }}
        />
      ) : null;
    case 'code':
      return account ? (
        <CodeForm
          account={account}
          code={panel.code}
          newId={services.newId}
          now={services.now}
          onCancel={() => close()}
          onSave={async (code) => {
            await services.updateNotes({ type: 'code/upsert', code });
            close(t.t(msg(panel.code ? 'popup.codeSaved' : 'popup.codeAdded', { code: code.code })));
          }}
        />
      ) : null;
    case 'note':
      return (
        <NoteForm
          accountId={account?.id ?? null}
          note={panel.note}
          newId={services.newId}
          now={services.now}
          onCancel={() => close()}
          onSave={async (note) => {
            await services.updateNotes({ type: 'note/upsert', note });
            close(t.t(msg(panel.note ? 'popup.noteSaved' : 'popup.noteAdded')));
          }}
        />
      );
    case 'account':
      return (
        <AccountForm
          initial={accountValuesFromSummary(panel.fromPage)}
          existing={null}
          fromPage={panel.fromPage !== null}
          lastSeenOn={siteOf(panel.fromPage)}
          onCancel={() => close()}
          onSave={async (saved) => {
            await services.updateNotes({ type: 'accounts/add', accounts: [saved] });
            onAccountSaved(saved.id);
            close(t.t(msg('popup.accountSaved', { account: saved.name ?? saved.id })));
          }}
        />
      );
    case 'which-type':
      return (
        <div class="guide-panel">
          {back}
          <WithWords load={loadPopupGuidesTranslator}>
            <WhichTypeGuide
              headingClass="panel-title"
              onAction={account ? (action) => replace(action === 'track-offer' ? { type: 'offer', offer: null } : { type: 'code', code: null }) : undefined}
            />
          </WithWords>
        </div>
      );
    case 'why-rejected':
      return (
        <div class="guide-panel">
          {back}
          <LazyRejectionPanel code={panel.code} account={account} loaded={loaded} now={services.now} announce={announce} />
        </div>
      );
  }
}

