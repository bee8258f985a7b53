import { useEffect, useState } from 'preact/hooks';
import { msg } from '../lib/i18n/message';
import { useT } from './i18n/i18n';
import { copyText } from './copy-text';

/** How long the button shows what happened before it offers to copy again. */
export const COPY_SAID_MS = 2_000;

/**
 * Puts a saved code on the clipboard, for pasting into Ads Manager's promo code field: typed by hand, a
 * code is easily mistyped (O for 0, a dash dropped), and a mistyped code is refused like a spent one.
 * Its name says which code, and a status says what happened for a moment.
 */
function useCopy(code: string) {
  const t = useT();
  const [outcome, setOutcome] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => {
    if (outcome === null) return;
    const timer = setTimeout(() => setOutcome(null), COPY_SAID_MS);
    return () => clearTimeout(timer);
  }, [outcome]);
  return {
    t,
    outcome,
    name: t.t(msg('common.copyCode', { code })),
    said: outcome && t.t(msg(outcome === 'copied' ? 'common.copied' : 'common.couldNotCopy')),
    // Started inside the click handler, while the click still counts as the user's gesture; where the
    // clipboard is refused, the selection copy's buffer goes beside the button, inside our own tree.
    copy: (event: MouseEvent) => void copyText(code, (event.currentTarget as Element).parentElement).then((ok) => setOutcome(ok ? 'copied' : 'failed')),
  };
}

/** A button with a word, beside the overlay's other next-step buttons; what happened shows beside it. */
export function CopyCode({ code }: { code: string }) {
  const { t, name, said, copy } = useCopy(code);
  return (
    <>
      <button type="button" class="action" data-action="copy-code" aria-label={name} onClick={copy}>
        {t.t(msg('common.copy'))}
      </button>
      <span class="copy-status" role="status">
        {said}
      </span>
    </>
  );
}

/**
 * A small icon beside a code shown as a title (the popup's card, the board's row), named for it in a
 * tooltip; its glyph turns into a tick once copied, and a screen reader hears what happened.
 */
export function CopyCodeIcon({ code }: { code: string }) {
  const { outcome, name, said, copy } = useCopy(code);
  return (
    <>
      <button type="button" class="copy-icon" data-action="copy-code" data-outcome={outcome ?? undefined} aria-label={name} title={name} onClick={copy}>
        <CopyGlyph done={outcome === 'copied'} />
      </button>
      <span class="sr-only" role="status" data-testid="copy-code-status">
        {said}
      </span>
    </>
  );
}

/** Two sheets, or a tick once copied; drawn in the text's colour. */
function CopyGlyph({ done }: { done: boolean }) {
  return (
    <svg class="copy-glyph" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
      {done ? (
        <path d="M3 8.5l3.2 3.2L13 4.8" />
      ) : (
        <>
          <rect x="5.5" y="5.5" width="8.5" height="8.5" rx="1.5" />
          <path d="M10.5 5.5V3a1 1 0 0 0-1-1H3a1 1 0 0 0-1 1v6.5a1 1 0 0 0 1 1h2.5" />
        </>
      )}
    </svg>
  );
}
