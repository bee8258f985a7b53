/**
 * The overlay's guides, which only a user action shows: "Which type do I have?" and a rejected code's
 * likely causes with its "Copy support message". Built as a module of its own (`guides.js` beside the
 * Billing module, modules/billing-module.ts), so a Billing page does not carry them at first paint.
 *
 * It shares no chunk with the Billing module (Chrome refuses the module's own imports of a sibling), so
 * it carries its own Preact. Each part is therefore a tree of its own, rendered by this copy into an
 * element the overlay's tree leaves empty (components/overlay/LazyGuide.tsx): one Preact instance owns
 * each tree, so hooks and context work. What the overlay's context holds, the translator, comes in as
 * a prop and is provided again here, to this copy's context.
 */
import { render } from 'preact';
import type { TranslatorLoader } from '../../lib/i18n/catalog';
import type { Translator } from '../../lib/i18n/translate';
import type { Hint } from '../../lib/hints/types';
import { TranslatorProvider } from '../i18n/i18n';
import { RejectionCauses } from '../overlay/RejectionCauses';
import { WhichTypeCard } from '../overlay/WhichTypeCard';
import guidesCss from './guides.css?inline';

export type GuidePart = { kind: 'which-type'; onClose(): void } | { kind: 'rejection'; hint: Hint };

export interface GuideProps {
  part: GuidePart;
  /** The overlay's active language. */
  translator: Translator;
  /** Loads another language's translator (the support message "in English"). */
  loadTranslator: TranslatorLoader;
}

/** Renders (or updates) a part into `container`, which the caller's tree leaves empty. */
export function renderGuide(container: HTMLElement, { part, translator, loadTranslator }: GuideProps): void {
  addStyle(container);
  render(
    <TranslatorProvider translator={translator}>
      {part.kind === 'which-type' ? <WhichTypeCard onClose={part.onClose} /> : <RejectionCauses hint={part.hint} loadTranslator={loadTranslator} />}
    </TranslatorProvider>,
    container,
  );
}

export function unmountGuide(container: HTMLElement): void {
  render(null, container);
}

/**
 * The guides' style sheet, once per shadow root (or document), before the overlay's own sheet so the
 * overlay's rules still win as they did when one sheet held both (components/overlay/session/mount.tsx).
 */
function addStyle(container: HTMLElement): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  if (root.querySelector('style[data-credit-lens="guides"]')) return;
  const style = container.ownerDocument.createElement('style');
  style.dataset.creditLens = 'guides';
  style.textContent = guidesCss;
  const first = root.querySelector('style');
  if (first) first.before(style);
  else (root.nodeType === 9 ? (root as Document).head : root).append(style);
}
