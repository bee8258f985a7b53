import type { TranslatorLoader } from '../../lib/i18n/catalog';
import { msg } from '../../lib/i18n/message';
import type { Hint } from '../../lib/hints/types';
import { useT } from '../i18n/i18n';
import { HintCard } from './HintCard';

export interface HintListProps {
  /** Shown hints, most urgent first. */
  hints: readonly Hint[];
  /** The card a mark last asked for, and how many times it was asked (a second press counts too). */
  focus: { id: string; count: number } | null;
  onDismiss(hint: Hint): void;
  showCouponEntry: (() => void) | null;
  showOnPage: ((selector: string) => void) | null;
  /** Loads another language's translator (a rejection's support message "in English"). */
  loadTranslator: TranslatorLoader;
}

/** The open dock's rows, one card per hint; each starts folded (title and next step). */
export function HintList({ hints, focus, loadTranslator, ...card }: HintListProps) {
  const t = useT();
  return (
    <div class="hints" data-testid="hints" aria-label={t.t(msg('overlay.hintsList'))} role="list">
      {hints.map((hint) => (
        <div role="listitem" key={hint.id}>
          <HintCard hint={hint} initiallyExpanded={false} focusRequest={focus?.id === hint.id ? focus.count : 0} loadTranslator={loadTranslator} {...card} />
        </div>
      ))}
    </div>
  );
}
