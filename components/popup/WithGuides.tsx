import type { ComponentChildren } from 'preact';
import { loadPopupGuidesTranslator } from '../../lib/i18n/ui-catalog';
import { TranslatorProvider, useT, useTranslator } from '../i18n/i18n';

/**
 * The guides' words (the `popupGuides` scope) arrive with the panels that show a guide, not with the
 * popup's first paint: the popup's own catalogue stays small, and a guide waits only for its chunk.
 */
export function WithGuides({ children }: { children: ComponentChildren }) {
  const t = useT();
  const withGuides = useTranslator(t.locale, t.timeZone, loadPopupGuidesTranslator);
  return withGuides ? <TranslatorProvider translator={withGuides}>{children}</TranslatorProvider> : null;
}
