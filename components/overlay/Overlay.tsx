import { useState } from 'preact/hooks';
import type { Hint } from '../../lib/hints/types';
import type { Theme } from '../../lib/overlay/theme';
import { chooseLocale, type LanguageSetting } from '../../lib/i18n/locales';
import { msg } from '../../lib/i18n/message';
import { systemTimeZone } from '../../lib/credit/calendar';
import { Text, TranslatorProvider, useT, useTranslator } from '../i18n/i18n';
import { Announcer } from './Announcer';
import { Dock } from './Dock';
import type { DockSurroundings } from './dock-place';
import type { DockEdge } from '../../lib/overlay/dock-placement';
import { LazyPart } from './parts/LazyPart';
import { loadPageTranslator } from './page-translator';
import { CouponOutline } from './CouponOutline';
import type { CouponTargetTracker } from './outline-tracker';
import type { Mark } from '../../lib/overlay/marks';
import type { MarkTracker } from './mark-tracker';
import { Marks } from './Marks';
import type { StatusCardProps } from './StatusCard';
import type { PickLayerProps } from '../misread/PickLayer';

export interface OverlayActions {
  dismiss(hint: Hint): void;
  restoreDismissed(): void;
  setMinimised(minimised: boolean): void;
  showCouponEntry(): void;
  /** Brings an element of the page into view (a promotion's row); absent where there is no page. */
  showOnPage?(selector: string): void;
  /** The user moved the dock to another edge; remembered for this site. */
  moveDock?(edge: DockEdge): void;
}

export interface OverlayProps extends StatusCardProps {
  /** The edge the user chose for the dock on this site; the dock leaves it only when it has no room. */
  dockEdge?: DockEdge;
  /** What the dock must keep clear of on the page; null where there is no page (tests, the demo card). */
  surroundings?: DockSurroundings | null;
  theme?: Theme;
  /** Shown hints (dismissed ones already left out), most urgent first. */
  hints?: readonly Hint[];
  /** Hints on this page the user dismissed; they can bring them back. */
  dismissedCount?: number;
  minimised?: boolean;
  /** Set while the in-place outline should show (a coupon-entry hint is on screen). */
  outline?: CouponTargetTracker | null;
  actions?: OverlayActions;
  /** Marks beside the page's own values (empty when the user turned them off), and what places them. */
  marks?: readonly Mark[];
  markTracker?: MarkTracker | null;
  /** Pick mode, while the user shows a value (issue 12). */
  pick?: PickLayerProps | null;
  /** The Language setting: "auto" follows the page (the reading's language, then the page's `lang`). */
  languageSetting?: LanguageSetting;
  /** The page's own `lang` attribute, when the reader could not tell the language. */
  pageLanguage?: string | null;
}

const NO_ACTIONS: OverlayActions = { dismiss() {}, restoreDismissed() {}, setMinimised() {}, showCouponEntry() {} };


/**
 * The overlay speaks the page's language by default (Ads Manager's own), loading only that language's
 * chunk from the Billing module's folder; the Language setting overrides it, at once.
 */
export function Overlay({ languageSetting = 'auto', pageLanguage = null, ...props }: OverlayProps) {
  const locale = chooseLocale(languageSetting, props.reading?.language, pageLanguage);
  const translator = useTranslator(locale, systemTimeZone(), loadPageTranslator);
  if (!translator) return null;
  return (
    <TranslatorProvider translator={translator}>
      <OverlayView {...props} />
    </TranslatorProvider>
  );
}

function OverlayView({
  theme = 'light',
  hints = [],
  dismissedCount = 0,
  minimised = false,
  outline = null,
  actions = NO_ACTIONS,
  pick = null,
  dockEdge = 'right',
  surroundings = null,
  marks = [],
  markTracker = null,
  ...card
}: OverlayProps) {
  // Folded by default on every page: the pill says the most urgent thing; the rest is one click away.
  const [open, setOpen] = useState(false);
  const canShowEntry = outline !== null && outline.kind !== null;
  const [guideOpen, setGuideOpen] = useState(false);
  // Parts load on first use (./parts/entry.tsx): the dock measures again once one shows.
  const [partsShown, setPartsShown] = useState(0);
  const partShown = () => setPartsShown((count) => count + 1);
  // The dock's body (the cards, the guide, the status card's values) is a part too: folded, it could not
  // be seen, so it comes once the dock first opens, and stays (hidden while folded, as it was) after that.
  const [opened, setOpened] = useState(false);
  const t = useT();
  const isOpen = open && !minimised;
  const openDock = (value: boolean) => {
    setOpen(value);
    if (value) setOpened(true);
    actions.setMinimised(!value);
  };
  // A mark opens the dock on its card, details shown and focused; the count makes a second press count too.
  const [focusHint, setFocusHint] = useState<{ id: string; count: number } | null>(null);
  const openHint = (id: string) => {
    if (!isOpen) openDock(true);
    setFocusHint((last) => ({ id, count: (last?.count ?? 0) + 1 }));
  };

  return (
    <div class="theme" data-theme={theme} lang={t.locale} dir={t.dir}>
      <Dock
        hints={hints}
        open={isOpen}
        edge={dockEdge}
        surroundings={surroundings}
        onOpen={openDock}
        onMove={(edge) => actions.moveDock?.(edge)}
        layoutKey={`${card.reads}:${guideOpen}:${partsShown}:${dismissedCount}:${hints.map((hint) => hint.id).join(' ')}`}
      >
        {opened && (
          <LazyPart
            part={{
              kind: 'rows',
              hints,
              focus: focusHint,
              onDismiss: actions.dismiss,
              showCouponEntry: canShowEntry ? actions.showCouponEntry : null,
              showOnPage: actions.showOnPage ?? null,
              guideOpen,
              onGuide: setGuideOpen,
              dismissedCount,
              restoreDismissed: actions.restoreDismissed,
            }}
            onShown={partShown}
            // Without the parts, each hint's title still says its answer.
            fallback={
              hints.length > 0 && (
                <ul data-testid="hint-titles">
                  {hints.map((hint) => (
                    <li key={hint.id}>
                      <Text msg={hint.title} />
                    </li>
                  ))}
                </ul>
              )
            }
          />
        )}
        {/* The card's frame is here from the start, folded or not: its data-reads counts every read. */}
        <section
          data-testid="status-card"
          data-page-kind={card.reading?.pageKind ?? 'other'}
          data-reads={card.reads}
          data-doubt={card.doubts?.length ? 'yes' : undefined}
          aria-label={t.t(msg('status.label'))}
        >
          {opened && <LazyPart part={{ kind: 'status', ...card, layoutHintShown: hints.some((hint) => hint.kind === 'layout-changed') }} onShown={partShown} />}
        </section>
      </Dock>
      <Announcer hints={hints} />
      {/* After the dock, so the dock keeps its place in the tree when the outline comes and goes. */}
      {outline && <CouponOutline tracker={outline} />}
      {markTracker && marks.length > 0 && <Marks marks={marks} tracker={markTracker} onOpen={openHint} />}
      {/* Pick mode starts from the misread panel, a part too: the parts have loaded by then. */}
      {pick && <LazyPart part={{ kind: 'pick', ...pick }} />}
    </div>
  );
}
