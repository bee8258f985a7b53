import { useEffect, useRef, useState } from 'preact/hooks';
import type { Hint } from '../../lib/hints/types';
import type { Theme } from '../../lib/overlay/theme';
import { Announcer } from './Announcer';
import { Badge } from './Badge';
import { WhichTypeCard } from './WhichTypeCard';
import { CouponOutline } from './CouponOutline';
import { HintCard } from './HintCard';
import type { CouponTargetTracker } from './outline-tracker';
import type { Corner } from './placement';
import { StatusCard, type StatusCardProps } from './StatusCard';
import { PickLayer, type PickLayerProps } from '../misread/PickLayer';

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
  /** Pick mode, while the user shows a value (issue 12). */
  pick?: PickLayerProps | null;
}

const NO_ACTIONS: OverlayActions = { dismiss() {}, restoreDismissed() {}, setMinimised() {}, showCouponEntry() {} };

const openAtFirst = (hint: Hint, index: number) => index === 0 || hint.severity === 'critical' || hint.severity === 'warning';

export function Overlay({
  corner,
  theme = 'light',
  hints = [],
  dismissedCount = 0,
  minimised = false,
  outline = null,
  actions = NO_ACTIONS,
  pick = null,
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

  return (
    <div class="theme" data-theme={theme}>
      <section class="frame" data-corner={corner} aria-label="Credit Lens" data-minimised={minimised}>
        {minimised && (
          <div ref={badge}>
            <Badge hints={hints} onOpen={() => setMinimised(false)} />
          </div>
        )}
        <div class="panel" ref={panel} hidden={minimised}>
          {hints.length > 0 && (
            <div class="hints" data-testid="hints" aria-label="Hints for this page" role="list">
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
                Which type do I have?
              </button>
            )}
            {dismissedCount > 0 && (
              <button type="button" class="link-button" data-action="restore-dismissed" onClick={actions.restoreDismissed}>
                {dismissedCount === 1 ? 'Show 1 dismissed hint' : `Show ${dismissedCount} dismissed hints`}
              </button>
            )}
          </div>
          <StatusCard {...card} onMinimise={() => setMinimised(true)} layoutHintShown={hints.some((hint) => hint.kind === 'layout-changed')} />
        </div>
        <Announcer hints={hints} />
      </section>
      {/* After the frame, so the frame keeps its place in the tree when the outline comes and goes. */}
      {outline && !minimised && <CouponOutline tracker={outline} />}
      {pick && <PickLayer {...pick} />}
    </div>
  );
}
