import { useEffect, useRef, useState } from 'preact/hooks';
import { loadPageCatalog } from '../../lib/i18n/page-catalog';
import { translatorLoader } from '../../lib/i18n/translate';
import type { Hint } from '../../lib/hints/types';
import type { Theme } from '../../lib/overlay/theme';
import { chooseLocale, type LanguageSetting } from '../../lib/i18n/locales';
import { msg } from '../../lib/i18n/message';
import { systemTimeZone } from '../../lib/credit/calendar';
import { TranslatorProvider, useT, useTranslator } from '../i18n/i18n';
import { Announcer } from './Announcer';
import { Badge } from './Badge';
import { WhichTypeCard } from './WhichTypeCard';
import { CouponOutline } from './CouponOutline';
import { HintCard } from './HintCard';
import type { CouponTargetTracker } from './outline-tracker';
import type { Corner } from './placement';
import { StatusCard, type StatusCardProps } from './StatusCard';

export interface OverlayActions {
  dismiss(hint: Hint): void;
  restoreDismissed(): void;
  setMinimised(minimised: boolean): void;
  showCouponEntry(): void;
  /** Brings an element of the page into view (a promotion's row); absent where there is no page. */
  showOnPage?(selector: string): void;
}

export interface OverlayProps extends StatusCardProps {
  corner: Corner;
  theme?: Theme;
  /** Shown hints (dismissed ones already left out), most urgent first. */
  hints?: readonly Hint[];
  /** Hints on this page the user dismissed; they can bring them back. */
  dismissedCount?: number;
  minimised?: boolean;
  /** Set while the in-place outline should show (a coupon-entry hint is on screen). */
  outline?: CouponTargetTracker | null;
  actions?: OverlayActions;
  /** The Language setting: "auto" follows the page (the reading's language, then the page's `lang`). */
  languageSetting?: LanguageSetting;
  /** The page's own `lang` attribute, when the reader could not tell the language. */
  pageLanguage?: string | null;
}

const loadPageTranslator = translatorLoader(loadPageCatalog);

const NO_ACTIONS: OverlayActions = { dismiss() {}, restoreDismissed() {}, setMinimised() {}, showCouponEntry() {} };

const openAtFirst = (hint: Hint, index: number) => index === 0 || hint.severity === 'critical' || hint.severity === 'warning';

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
  corner,
  theme = 'light',
  hints = [],
  dismissedCount = 0,
  minimised = false,
  outline = null,
  actions = NO_ACTIONS,
  ...card
}: OverlayProps) {
  const badge = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const userToggled = useRef(false);
  // Focus follows the user's own minimise / restore, never a change that came from storage.
  useEffect(() => {
    if (!userToggled.current) return;
    userToggled.current = false;
    const target = minimised ? badge.current?.querySelector('button') : panel.current?.querySelector<HTMLElement>('[data-action="minimise"]');
    target?.focus();
  }, [minimised]);
  const setMinimised = (value: boolean) => {
    userToggled.current = true;
    actions.setMinimised(value);
  };
  const canShowEntry = outline !== null && outline.kind !== null;
  const [guideOpen, setGuideOpen] = useState(false);
  const t = useT();

  return (
    <div class="theme" data-theme={theme} lang={t.locale} dir={t.dir}>
      <section class="frame" data-corner={corner} aria-label={t.t(msg('overlay.region'))} data-minimised={minimised}>
        {minimised && (
          <div ref={badge}>
            <Badge hints={hints} onOpen={() => setMinimised(false)} />
          </div>
        )}
        <div class="panel" ref={panel} hidden={minimised}>
          {hints.length > 0 && (
            <div class="hints" data-testid="hints" aria-label={t.t(msg('overlay.hintsList'))} role="list">
              {hints.map((hint, index) => (
                <div role="listitem" key={hint.id}>
                  <HintCard
                    hint={hint}
                    initiallyExpanded={openAtFirst(hint, index)}
                    onDismiss={actions.dismiss}
                    showCouponEntry={canShowEntry ? actions.showCouponEntry : null}
                    showOnPage={actions.showOnPage ?? null}
                  />
                </div>
              ))}
            </div>
          )}
          {guideOpen && <WhichTypeCard onClose={() => setGuideOpen(false)} />}
          <div class="links">
            {!guideOpen && (
              <button type="button" class="link-button" data-action="which-type" aria-expanded={false} onClick={() => setGuideOpen(true)}>
                {t.t(msg('overlay.whichType'))}
              </button>
            )}
            {dismissedCount > 0 && (
              <button type="button" class="link-button" data-action="restore-dismissed" onClick={actions.restoreDismissed}>
                {t.t(msg('overlay.showDismissed', { count: dismissedCount }))}
              </button>
            )}
          </div>
          <StatusCard {...card} onMinimise={() => setMinimised(true)} layoutHintShown={hints.some((hint) => hint.kind === 'layout-changed')} />
        </div>
        <Announcer hints={hints} />
      </section>
      {/* After the frame, so the frame keeps its place in the tree when the outline comes and goes. */}
      {outline && !minimised && <CouponOutline tracker={outline} />}
    </div>
  );
}
