/**
 * The overlay's parts that only a user action shows, built as a module of their own (`parts.js` beside
 * the Billing module, modules/billing-module.ts) so a Billing page does not carry them at first paint:
 * the dock's body once the dock first opens (the hint cards, with a rejected code's likely causes and
 * its "Copy support message", "Which type do I have?", and the status card's values with its misread
 * panel) and pick mode's layer (started from that panel, so this module has loaded by then); and the
 * hint rule for a code the user types, and the pseudo-locale's messages (a development setting).
 *
 * It shares no chunk with the Billing module (Chrome refuses the module's own imports of a sibling), so
 * it carries its own Preact. Each part is therefore a tree of its own, rendered by this copy into an
 * element the overlay leaves empty (./LazyPart.ts): one Preact instance owns each tree, so hooks
 * and context work. What the overlay's context holds, the translator, comes in as a prop and is
 * provided again here, to this copy's context.
 */
import { render } from 'preact';
import type { TranslatorLoader } from '../../../lib/i18n/catalog';
import type { Translator } from '../../../lib/i18n/translate';
import guidesCss from '../../guides/guides.css?inline';
import { TranslatorProvider } from '../../i18n/i18n';
import panelCss from '../../misread/misread-panel.css?inline';
import { PickLayer, type PickLayerProps } from '../../misread/PickLayer';
import pickCss from '../../misread/pick-layer.css?inline';
import { DockRows, type DockRowsProps } from '../DockRows';
import { StatusCard, type StatusCardProps } from '../StatusCard';
import partsCss from './parts.css?inline';

// The hint rules for the Billing module's stand-ins (lib/hints/on-demand.ts): they load with the parts
// when the user first types a code, or the page first shows a rejected one; and the rules' details,
// which only the open dock's body shows.
export { codeTypingHints } from '../../../lib/hints/rules/code-typing';
export { rejectionCards } from '../../../lib/hints/rejection-cards';
export { HINT_DETAILS as hintDetails } from '../../../lib/hints/details/index';
// The pseudo-locale's messages, a development setting, for the overlay's catalogue (lib/i18n/page-catalog.ts).
export { pseudoCatalog } from '../../../lib/i18n/pseudo';

export type Part =
  | ({ kind: 'rows' } & Omit<DockRowsProps, 'loadTranslator'>)
  | ({ kind: 'status' } & StatusCardProps)
  | ({ kind: 'pick' } & PickLayerProps);

export interface PartProps {
  part: Part;
  /** The overlay's active language. */
  translator: Translator;
  /** Loads another language's translator (the support message "in English"). */
  loadTranslator: TranslatorLoader;
}

/** Renders (or updates) a part into `container`, which the caller's tree leaves empty. */
export function renderPart(container: HTMLElement, { part, translator, loadTranslator }: PartProps): void {
  addStyles(container);
  render(<TranslatorProvider translator={translator}>{view(part, loadTranslator)}</TranslatorProvider>, container);
}

export function unmountPart(container: HTMLElement): void {
  render(null, container);
}

function view(part: Part, loadTranslator: TranslatorLoader) {
  switch (part.kind) {
    case 'rows':
      return <DockRows {...part} loadTranslator={loadTranslator} />;
    case 'status':
      return <StatusCard {...part} />;
    case 'pick':
      return <PickLayer {...part} />;
  }
}

/**
 * The parts' sheets, once per shadow root (or document), where they sat when the overlay's one sheet
 * held them (components/overlay/session/mount.ts): the guides' before the overlay's rules; the overlay's
 * rules for the parts (./parts.css, once at its end), pick mode's and the panel's after them, so the
 * cascade is unchanged.
 */
const AFTER_OVERLAY = `${partsCss}\n${pickCss}\n${panelCss}`;

function addStyles(container: HTMLElement): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  if (root.querySelector('style[data-credit-lens="parts"]')) return;
  const sheet = (css: string) => {
    const style = container.ownerDocument.createElement('style');
    style.dataset.creditLens = 'parts';
    style.textContent = css;
    return style;
  };
  const styles = root.querySelectorAll('style');
  const parent = root.nodeType === 9 ? (root as Document).head : root;
  if (styles.length > 0) {
    styles[0]!.before(sheet(guidesCss));
    styles[styles.length - 1]!.after(sheet(AFTER_OVERLAY));
  } else parent.append(sheet(guidesCss), sheet(AFTER_OVERLAY));
}
