/** Tests render UI in English (UTC), the same catalogue the extension ships, read from disk. */
import type { ComponentChildren } from 'preact';
import { englishTranslator } from '../../lib/i18n/node-catalog';
import { TranslatorProvider } from './i18n';

export function InEnglish({ children }: { children: ComponentChildren }) {
  return <TranslatorProvider translator={englishTranslator()}>{children}</TranslatorProvider>;
}
