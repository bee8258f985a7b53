import type { ComponentChildren } from 'preact';
import type { TranslatorLoader } from '../../lib/i18n/catalog';
import { TranslatorProvider, useT, useTranslator } from './i18n';

/**
 * Words only a part of a page shows (the popup's guides, the board's pasted account list) arrive with
 * that part, in their own chunk per language: the page's first catalogue stays small, and the part
 * waits only for its chunk. `load` gives the page's words with the part's.
 */
export function WithWords({ load, children }: { load: TranslatorLoader; children: ComponentChildren }) {
  const t = useT();
  const withMore = useTranslator(t.locale, t.timeZone, load);
  return withMore ? <TranslatorProvider translator={withMore}>{children}</TranslatorProvider> : null;
}
