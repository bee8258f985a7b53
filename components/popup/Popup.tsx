import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadPopupTranslator } from '../../lib/i18n/ui-catalog';
import type { Hint, HintAction } from '../../lib/hints/types';
import { isPageAction } from '../../lib/messages';
import type { LoadedNotes } from '../../lib/notes/store';
import type { Observation } from '../../lib/notes/schema';
import { BrandHeading } from '../BrandHeading';
import { AccountPicker } from './AccountPicker';
import { CodeList } from './CodeList';
import { nextDeadlines } from './deadlines';
import { HintsNow } from './HintsNow';
import { usePageSteps, type StepMiss } from './page-steps';
import { NoteList } from './NoteList';
import { OfferList } from './OfferList';
import type { FoundSummary } from './page-summary';
import { AddPageAccountPrompt, NoAccountsPrompt, TrackOfferPrompt, untrackedPromotions } from './PagePrompt';
import type { Panel } from './PanelView';
import { LazyPanelView } from './LazyPanelView';
import { rankCodes, rankOffers, scopeNotes } from './ranking';
import { popupServices, type PopupServices } from './services';
import { useShownAccount, type ShownAccount } from './shown-account';
import { StorageNotice } from './StorageNotice';
import { useHints } from './use-hints';
import { useNotes } from './use-notes';
import { systemTimeZone } from '../../lib/credit/calendar';
import { TranslatorProvider, usePageWords, useT } from '../i18n/i18n';
import { msg } from '../../lib/i18n/message';
import { supportMessage } from '../../lib/hints/support-text';
import { PageStatus } from '../PageStatus';
import { copySupport } from './copy-support';

const NO_OBSERVATIONS: readonly Observation[] = Object.freeze([]);

/** The popup speaks the Language setting's choice, or the browser's language on "automatic"; a change shows at once. */
export function Popup({ services = popupServices }: { services?: PopupServices }) {
  const notes = useNotes(services);
  const translator = usePageWords(notes.loaded?.settings.language, systemTimeZone(), loadPopupTranslator);
  if (!translator) return null;
  return (
    <TranslatorProvider translator={translator}>
      <PopupView services={services} {...notes} />
    </TranslatorProvider>
  );
}

function PopupView({ services, loaded, error }: { services: PopupServices } & ReturnType<typeof useNotes>) {
  const t = useT();
  // undefined: still asking the tabs; null: no Ads Manager page answered.
  const [found, setFound] = useState<FoundSummary | null | undefined>(undefined);
  const [chosen, setChosen] = useState<string | null>(null);
  const [panel, setPanel] = useState<Panel | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [now, setNow] = useState(() => services.now());
  const opener = useRef<HTMLElement | null>(null);
  const panelRoot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let alive = true;
    services.findPageSummary().then(
      (result) => alive && setFound(result),
      () => alive && setFound(null),
    );
    // Countdowns stay true while the popup is open.
    const tick = setInterval(() => setNow(services.now()), 60_000);
    return () => {
      alive = false;
      clearInterval(tick);
    };
  }, [services]);

  // The panel's heading takes the focus when it opens; the button that opened it gets it back after.
  useEffect(() => {
    if (!panel) {
      if (opener.current?.isConnected) opener.current.focus();
      return;
    }
    let alive = true;
    // The panel may still be loading; its heading exists once the lazy view has rendered.
    void LazyPanelView.ready().then(() =>
      requestAnimationFrame(() => alive && panelRoot.current?.querySelector<HTMLElement>('.panel-title')?.focus()),
    );
    return () => {
      alive = false;
    };
  }, [panel]);

  // Forms and guides load once the lists are on screen, so opening one is instant.
  useEffect(() => {
    if (loaded) LazyPanelView.preload();
  }, [loaded !== null]);

  const accounts = loaded?.notes.accounts ?? [];
  const shown = useShownAccount(loaded, found, chosen, now);
  const { account } = shown;
  const { stepMiss, takeStep } = usePageSteps(services, found, accounts, setAnnouncement);

  const open = (next: Panel) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPanel(next);
  };
  const close = (said?: string) => {
    setPanel(null);
    if (said) setAnnouncement(said);
  };
  const act = async (op: Parameters<PopupServices['updateNotes']>[0], said: string) => {
    await services.updateNotes(op);
    setAnnouncement(said);
  };
  const onHintAction = (action: HintAction, hint: Hint) => {
    if (action.type === 'open-url') services.openUrl(action.url);
    else if (action.type === 'open-popup' && hint.subject && loaded) {
      // Here, "in your notes" is the card's offer or code, opened for editing.
      const { type, id } = hint.subject;
      const offer = type === 'offer' ? loaded.notes.offers.find((item) => item.id === id) : undefined;
      const code = type === 'code' ? loaded.notes.codes.find((item) => item.id === id) : undefined;
      if (offer) open({ type: 'offer', offer });
      else if (code) open({ type: 'code', code });
    }
    else if (isPageAction(action)) takeStep(action, hint);
    else if (action.type === 'copy-support') {
      copySupport(supportMessage(action.support, t), t, setAnnouncement);
    }
  };

  return (
    <div class="popup" data-testid="popup" data-ready={loaded ? 'true' : undefined}>
      <header class="top">
        <BrandHeading>{t.t(msg('common.brand'))}</BrandHeading>
        <span>
          <button type="button" class="quiet" data-testid="open-board" onClick={() => services.openBoard()}>
            {t.t(msg('popup.allAccounts'))}
          </button>
          <button type="button" class="quiet" onClick={() => services.openOptions()}>
            {t.t(msg('popup.options'))}
          </button>
        </span>
      </header>
      <PageStatus announcement={announcement} alert={error && t.t(msg('popup.readFailed', { error }))} />
      {loaded && <StorageNotice loaded={loaded} now={services.now} />}
      {!loaded && !error && <p class="muted loading">{t.t(msg('popup.opening'))}</p>}
      {loaded && panel && (
        <div ref={panelRoot} class="panel" onKeyDown={(event) => event.key === 'Escape' && !event.defaultPrevented && close()}>
          <LazyPanelView
            panel={panel}
            account={account}
            services={services}
            loaded={loaded}
            close={close}
            replace={setPanel}
            announce={setAnnouncement}
            onAccountSaved={setChosen}
          />
        </div>
      )}
      {/* Kept mounted under a panel: the user comes back to the same scroll position and button. */}
      {loaded && (
        <MainView
          hidden={panel !== null}
          loaded={loaded}
          shown={shown}
          found={found}
          now={now}
          onSelect={setChosen}
          open={open}
          act={act}
          onHintAction={onHintAction}
          stepMiss={stepMiss}
        />
      )}
    </div>
  );
}

function MainView({
  hidden,
  loaded,
  shown,
  found,
  now,
  onSelect,
  open,
  act,
  onHintAction,
  stepMiss,
}: {
  hidden: boolean;
  loaded: LoadedNotes;
  shown: ShownAccount;
  found: FoundSummary | null | undefined;
  now: Date;
  onSelect: (id: string) => void;
  open: (panel: Panel) => void;
  act: (op: Parameters<PopupServices['updateNotes']>[0], said: string) => Promise<void>;
  onHintAction: (action: HintAction, hint: Hint) => void;
  stepMiss: StepMiss | null;
}) {
  const t = useT();
  const { account, pageAccountKnown, dueFirst } = shown;
  const summary = found?.summary ?? null;
  const pageAccountId = summary?.accountId ?? null;
  const { notes, observations } = loaded;
  const accountId = account?.id ?? null;
  const accountObservations = (accountId && observations[accountId]) || NO_OBSERVATIONS;
  // The page's reading only speaks for its own account.
  const reading = summary && summary.accountId === accountId ? summary.reading : null;

  const scoped = useMemo(() => scopeNotes(notes, account), [notes, account]);
  const deadlines = useMemo(() => nextDeadlines(scoped, observations, now), [scoped, observations, now]);
  const offers = useMemo(() => rankOffers(scoped.offers, deadlines), [scoped, deadlines]);
  const codes = useMemo(() => rankCodes(scoped.codes, deadlines), [scoped, deadlines]);
  const freeNotes = notes.notes.filter((note) => note.accountId === accountId || note.accountId === null);
  const hints = useHints(scoped, accountObservations, reading, now);
  const untracked = pageAccountKnown && pageAccountId === accountId ? untrackedPromotions(summary, notes.offers) : [];
  const addAccount = () => open({ type: 'account', fromPage: null });

  return (
    <main class="main" hidden={hidden}>
      {/* With no accounts yet, adding one by its ID is offered under the words that say so (below). */}
      {(notes.accounts.length > 0 || summary) && (
        <AccountPicker
          accounts={notes.accounts}
          selected={accountId}
          pageAccountId={pageAccountKnown ? pageAccountId : null}
          onSelect={onSelect}
          onAdd={addAccount}
        />
      )}
      {found === undefined && <p class="muted small">{t.t(msg('popup.lookingForPage'))}</p>}
      {found && !found.fromActiveTab && pageAccountId === accountId && pageAccountKnown && (
        <p class="muted small" data-testid="from-other-tab">
          {t.t(msg('popup.fromOtherTab'))}
        </p>
      )}
      {found !== undefined && dueFirst && (
        <p class="muted small" data-testid="nearest-deadline-account">
          {t.t(msg('popup.nearestDeadlineAccount'))}
        </p>
      )}
      {summary && !pageAccountKnown && (
        <AddPageAccountPrompt
          summary={summary}
          onAdd={() => open({ type: 'account', fromPage: summary })}
        />
      )}
      {!account && !summary && found !== undefined && (
        <NoAccountsPrompt onAdd={addAccount} />
      )}
      {account && (
        <>
          <TrackOfferPrompt
            promotions={untracked}
            onTrack={(promotion) => open({ type: 'offer', offer: null, fromPromotion: promotion })}
          />
          {/* A reading is the found page's, of this account: its steps on the page can be asked of that page. */}
          <HintsNow hints={hints} onAction={onHintAction} pageAnswers={reading !== null} stepMiss={stepMiss} />
          <OfferList
            offers={offers}
            observations={accountObservations}
            reading={reading}
            now={now}
            onAdd={() => open({ type: 'offer', offer: null })}
            onEdit={(offer) => open({ type: 'offer', offer })}
            onDelete={(offer) => act({ type: 'offer/delete', id: offer.id }, t.t(msg('popup.offerDeleted', { name: offer.name })))}
          />
          <CodeList
            codes={codes}
            now={now}
            onAdd={() => open({ type: 'code', code: null })}
            onEdit={(code) => open({ type: 'code', code })}
            onDelete={(code) => act({ type: 'code/delete', id: code.id }, t.t(msg('popup.codeDeleted', { code: code.code })))}
            onWhyRejected={(code) => open({ type: 'why-rejected', code })}
          />
          <NoteList
            notes={freeNotes}
            onAdd={() => open({ type: 'note', note: null })}
            onEdit={(note) => open({ type: 'note', note })}
            onDelete={(note) => act({ type: 'note/delete', id: note.id }, t.t(msg('popup.noteDeleted')))}
          />
        </>
      )}
      <section class="section lookups" aria-labelledby="lookups-title">
        <h2 id="lookups-title" class="section-title">
          {t.t(msg('popup.quickLookups'))}
        </h2>
        <div class="lookup-buttons">
          <button type="button" data-testid="which-type" onClick={() => open({ type: 'which-type' })}>
            {t.t(msg('popup.whichType'))}
          </button>
          <button type="button" data-testid="why-rejected" onClick={() => open({ type: 'why-rejected', code: null })}>
            {t.t(msg('popup.whyRejected'))}
          </button>
        </div>
      </section>
    </main>
  );
}

