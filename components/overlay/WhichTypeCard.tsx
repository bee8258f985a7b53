import { useEffect, useRef } from 'preact/hooks';
import { WhichTypeGuide } from '../guides/WhichTypeGuide';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/**
 * "Which type do I have?" in the overlay: the popup's guided question (components/guides), in a card.
 * Saving an offer or a code happens in the popup, so the guide offers no save button here.
 */
export function WhichTypeCard({ onClose }: { onClose(): void }) {
  const t = useT();
  const card = useRef<HTMLElement>(null);
  // Opened from a button that goes away: the guide's heading takes the focus instead.
  useEffect(() => card.current?.querySelector<HTMLElement>('#which-type-title')?.focus(), []);
  return (
    <section class="hint guide-card" data-testid="which-type" ref={card}>
      <div class="guide-body">
        <WhichTypeGuide headingClass="causes-title" />
        <p class="muted">{t.t(msg('overlay.guideSaveInPopup'))}</p>
        <button type="button" class="link-button" data-action="close-guide" onClick={onClose}>
          {t.t(msg('common.close'))}
        </button>
      </div>
    </section>
  );
}
