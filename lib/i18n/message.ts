/**
 * A message to show, not yet in any language: a key and its parameters. Hint rules, reminders and
 * the support message produce these; the UI renders them in the active locale (lib/i18n/translate.ts)
 * and `npm run inspect` in English. Plain data (no Date, no functions), so it can be stored or sent.
 */
import type { MessageKey, PlaceholderOf, PluralKey } from './keys';

export type Param =
  /** The user's or the page's own text (a code, an offer's name): shown as is, isolated from the sentence's direction. */
  | string
  /** A number in the locale's digits. */
  | number
  /** An amount as a decimal string or a number, in the currency's format (a plain number when the currency is unknown). */
  | { money: string | number | null; currency: string | null }
  /** A date-only value (`YYYY-MM-DD`), a calendar day wherever the user is. */
  | { day: string }
  /** A date-only value's month (`YYYY-MM-DD`), short, as a time axis names it: "Dec", "12月". */
  | { month: string }
  /** An instant (ISO 8601) as date and time in the user's time zone. */
  | { time: string }
  /** An instant (ISO 8601) as the calendar day it falls on in the user's time zone. */
  | { date: string }
  /** A time from now, as the locale says it (Intl.RelativeTimeFormat): "tomorrow", "in 19 hours", "3 days ago", "now". */
  | { relative: number; unit: RelativeUnit }
  /** Another message, rendered in the same locale (a state's name inside a sentence). */
  | { msg: Msg }
  /** A list of values joined as the locale joins a list ("a, b and c"). */
  | { list: readonly Param[] }
  /** A language's name in the UI language (Intl.DisplayNames). */
  | { language: string };

export type RelativeUnit = 'day' | 'hour' | 'minute' | 'second';

export interface Msg {
  key: MessageKey;
  params?: Readonly<Record<string, Param>>;
}

type ParamsFor<K extends MessageKey> = { readonly [P in PlaceholderOf<K>]: P extends 'count' ? number : Param };
type Args<K extends MessageKey> = [PlaceholderOf<K>] extends [never] ? [] : [params: ParamsFor<K>];

/**
 * A typed message: the key must exist in locales/en.yml and every placeholder it uses must be given.
 * Marked free of side effects, so a module-level table of messages that a build does not use goes
 * with its calls (parts.js kept the state-word tables' calls).
 */
/* @__NO_SIDE_EFFECTS__ */
export function msg<K extends MessageKey>(key: K, ...args: Args<K>): Msg {
  return args.length > 0 ? { key, params: args[0] as Record<string, Param> } : { key };
}

/** A plural message's count must be a number: the type says so, this helps callers that build keys. */
export type CountedKey = PluralKey;

export const isMsg = (value: unknown): value is Msg =>
  typeof value === 'object' && value !== null && typeof (value as Msg).key === 'string';

/** A name this long leaves a folded title's answer room: three lines of a dock row at 340 px, two of the pill's at 440 (the demo's offer, 40 characters: its date and time, in every UI language); "Spend $1,000, get $300" stays whole. */
export const FOLDED_NAME_MAX = 24;

/**
 * `message` with each of its own-text parameters (an offer's name, a code, a label: the plain strings)
 * cut to at most `max` characters, at a space in the second half where there is one, without the
 * punctuation it ends on ("offer:…" would read as two colons in "{name}: …"), with an ellipsis;
 * null when none is longer. A title kept to two lines (a folded dock row) leaves its answer, a date or
 * an amount after the name, room to show. Cuts between characters as the eye sees them (a Thai or
 * Vietnamese mark stays on its letter).
 */
export function withShortText(message: Msg, max: number): Msg | null {
  let cut = false;
  const params: Record<string, Param> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    const chars = typeof value === 'string' ? Array.from(new Intl.Segmenter().segment(value), (part) => part.segment) : [];
    if (chars.length <= max) {
      params[name] = value;
      continue;
    }
    const head = chars.slice(0, max - 1).join('');
    const space = head.lastIndexOf(' ');
    params[name] = `${(space > head.length / 2 ? head.slice(0, space) : head).replace(/[\s\p{P}]+$/u, '')}…`;
    cut = true;
  }
  return cut ? { ...message, params } : null;
}
