/**
 * The active language for a UI tree: a Translator in context, `<Text>` to render a message with its
 * values isolated (`<bdi>`: an amount or a code keeps its own direction inside Arabic text), and a
 * hook that loads a language's catalogue when the choice changes, at once, without a reload.
 */
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { TranslatorLoader } from '../../lib/i18n/catalog';
import { chooseLocale, type LanguageSetting, type UiLocale } from '../../lib/i18n/locales';
import type { Msg } from '../../lib/i18n/message';
import type { Translator } from '../../lib/i18n/translate';
import { browserLanguage } from './ui-locale';

const TranslatorContext = createContext<Translator | null>(null);

export function TranslatorProvider({ translator, children }: { translator: Translator; children: ComponentChildren }) {
  return <TranslatorContext.Provider value={translator}>{children}</TranslatorContext.Provider>;
}

export function useT(): Translator {
  const translator = useContext(TranslatorContext);
  if (!translator) throw new Error('useT outside a TranslatorProvider');
  return translator;
}

/** A message as text, each value in its own `<bdi>`. */
export function Text({ msg }: { msg: Msg }) {
  const t = useT();
  return (
    <>
      {t.parts(msg).map((part, index) => (part.param ? <bdi key={index}>{part.text}</bdi> : part.text))}
    </>
  );
}

/**
 * The translator for `locale`, loaded on first use of each language (its own chunk). While a new
 * language loads, the previous one stays on screen; null only before the first one arrives. Asked in
 * a layout effect, as the page mounts rather than after its first paint: a page that waits for its
 * words (the board, the popup) then loads them alongside its notes (issue 13).
 */
export function useTranslator(locale: UiLocale, timeZone: string, load: TranslatorLoader): Translator | null {
  const [translator, setTranslator] = useState<Translator | null>(null);
  useLayoutEffect(() => {
    let alive = true;
    void load(locale, timeZone).then((loaded) => {
      if (alive) setTranslator(loaded);
    });
    return () => {
      alive = false;
    };
  }, [locale, timeZone, load]);
  return translator;
}

/** The extension page's own document speaks the language: `lang` for screen readers and fonts, `dir` for layout. */
export function usePageLanguage(translator: Translator | null): void {
  useEffect(() => {
    if (!translator || typeof document === 'undefined') return;
    document.documentElement.lang = translator.locale;
    document.documentElement.dir = translator.dir;
  }, [translator]);
}

/** English beside the active language, for "Copy in English" (loaded only where that button shows). */
export function useEnglish(load: TranslatorLoader): Translator {
  const active = useT();
  const english = useTranslator('en', active.timeZone, load);
  return active.locale === 'en' ? active : (english ?? active);
}

/**
 * An extension page's words (popup, options, board, report): the Language setting's choice, or the
 * browser's language on "automatic" and until the notes are in; the page's document says which.
 */
export function usePageWords(setting: LanguageSetting | null | undefined, timeZone: string, load: TranslatorLoader): Translator | null {
  const translator = useTranslator(chooseLocale(setting, browserLanguage()), timeZone, load);
  usePageLanguage(translator);
  return translator;
}
