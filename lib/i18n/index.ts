export type { MessageKey, PluralKey, SimpleKey } from './keys';
export { msg, isMsg, type Msg, type Param } from './message';
export { createTranslator, type Part, type Translator } from './translate';
export {
  chooseLocale,
  directionOf,
  endonym,
  intlTag,
  isUiLocale,
  LOCALE_FILE,
  matchLocale,
  PSEUDO_LOCALE,
  UI_LOCALES,
  type LanguageSetting,
  type UiLocale,
} from './locales';
