/**
 * Message keys and their placeholders as types, from the structure @wxt-dev/i18n generates out of
 * locales/en.yml (`wxt prepare`): tsc rejects an unknown key, a missing placeholder and a plural
 * message without its count. A plural message is the group holding CLDR categories (`x.one`,
 * `x.other`): the lookup picks the form with Intl.PluralRules, so its key is the group's (`x`).
 */
import type { GeneratedI18nStructure as S } from '#i18n';

type Category = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type RawKey = Exclude<keyof S, `@@${string}`> & string;
export type PluralKey = RawKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;
type PluralPart = `${PluralKey}.${Category}`;
export type SimpleKey = Exclude<RawKey, PluralPart>;
export type MessageKey = SimpleKey | PluralKey;

type NamesOfRaw<K> = K extends keyof S ? (S[K] extends { namedSubstitutions: readonly (infer N)[] } ? N & string : never) : never;
/** Placeholder names of a key (every plural form's, for a plural key). */
export type PlaceholderOf<K extends MessageKey> = K extends PluralKey ? NamesOfRaw<`${K}.${Category}`> | 'count' : NamesOfRaw<K>;
