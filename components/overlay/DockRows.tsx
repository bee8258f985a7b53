import type { TranslatorLoader } from '../../lib/i18n/catalog';
import { msg } from '../../lib/i18n/message';
import type { Hint } from '../../lib/hints/types';
import { useT } from '../i18n/i18n';
import { HintCard } from './HintCard';
import { WhichTypeCard } from './WhichTypeCard';

export interface DockRowsProps {
  /** Shown hints, most urgent first. */
  hints: readonly Hint[];
  /** The card a mark last asked for, and how many times it was asked (a second press counts too). */
  focus: { id: string; count: number } | null;
  onDismiss(hint: Hint): void;
  showCouponEntry: (() => void) | null;
  showOnPage: ((selector: string) => void) | null;
  /** "Which type do I have?" is open; the overlay keeps it, as the dock's height depends on it. */
  guideOpen: boolean;
  onGuide(open: boolean): void;
  /** Hints on this page the user dismissed; they can bring them back. */
  dismissedCount: number;
  restoreDismissed(): void;
  /** Loads another language's translator (a rejection's support message "in English"). */
  loadTranslator: TranslatorLoader;
}

/**
 * The open dock's rows above the status card: one card per hint (each starts folded: title and next
 * step), "Which type do I have?" and the links to it and to the dismissed hints. They come with the
 * parts (./parts/entry.tsx) once the dock first opens.
 */
export function DockRows({ hints, focus, guideOpen, onGuide, dismissedCount, restoreDismissed, ...card }: DockRowsProps) {
  const t = useT();
  return (
    <div class="dock-rows">
      {hints.length > 0 && (
        <div class="hints" data-testid="hints" aria-label={t.t(msg('overlay.hintsList'))} role="list">
          {hints.map((hint) => (
            <div role="listitem" key={hint.id}>
              <HintCard hint={hint} focusRequest={focus?.id === hint.id ? focus.count : 0} {...card} />
            </div>
          ))}
        </div>
      )}
      {guideOpen && <WhichTypeCard onClose={() => onGuide(false)} />}
      <div class="links">
        {!guideOpen && (
          <button type="button" class="link-button" data-action="which-type" aria-expanded={false} onClick={() => onGuide(true)}>
            {t.t(msg('overlay.whichType'))}
          </button>
        )}
        {dismissedCount > 0 && (
          <button type="button" class="link-button" data-action="restore-dismissed" onClick={restoreDismissed}>
            {t.t(msg('overlay.showDismissed', { count: dismissedCount }))}
          </button>
        )}
      </div>
    </div>
  );
}
