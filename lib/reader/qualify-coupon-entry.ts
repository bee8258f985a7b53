import type { Concept, ConceptMatch } from '../lexicon';
import { conceptIn, conceptsIn } from './words';
import { NEGATIVE_FIELD_CONCEPTS } from './concept-groups';
import type { ControlRecord, InputRecord } from './records';

/**
 * Which input is the coupon / promo code field, scored from many weak signals in the manner of
 * Bitwarden's field qualification: each signal has a weight, positives combine as a noisy-or
 * (two independent hints make one stronger, never past 1), and each negative scales the result down.
 */

export interface Signal {
  name: string;
  weight: number;
}

export interface ScoredEntry {
  key: number;
  kind: 'field' | 'opener';
  confidence: number;
  signals: string[];
  label: string | null;
}

/** Below this an input is not offered as the coupon field; an opener is looked for instead. */
export const FIELD_THRESHOLD = 0.45;
const OPENER_THRESHOLD = 0.4;

// Attribute names are written by the page's developers in English whatever the UI language.
const STRONG_NAME_TOKENS = /^(coupon|coupons|promo|promocode|promotion|voucher|vouchers|redeem|redemption|redeemcode|giftcode|couponcode|vouchercode)$/;
const NEGATIVE_AUTOCOMPLETE = /^(email|username|name|given-name|family-name|tel|street-address|address-line\d|postal-code|country|organization|cc-\w+|current-password|new-password)$/;
const NEGATIVE_TYPES = new Set(['email', 'search', 'tel', 'number', 'url']);

const describe = (where: string, match: ConceptMatch) => `${where}:${match.phrase} (${match.lang})`;

function nameTokens(input: InputRecord): string[] {
  return `${input.name} ${input.idAttribute}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function firstMatch(texts: readonly string[], concept: Concept): ConceptMatch | null {
  for (const text of texts) {
    const match = text ? conceptIn(text, concept) : null;
    if (match) return match;
  }
  return null;
}

export function inputSignals(input: InputRecord, dialogHasActivate: boolean): { positive: Signal[]; negative: Signal[] } {
  const positive: Signal[] = [];
  const negative: Signal[] = [];
  const say = (list: Signal[], name: string, weight: number) => list.push({ name, weight });

  // Each text before the field is asked on its own, nearest first: joined, a long sentence or a
  // dialog's title beside a short label made one long text, which the lexicon reads as a message.
  const textSources: [string, readonly string[], number][] = [
    ['label', [input.labelText], 0.7],
    ['aria-label', [input.ariaLabel], 0.6],
    ['placeholder', [input.placeholder], 0.6],
    ['described-by', [input.describedBy], 0.25],
    ['text-before', input.textBefore, 0.45],
  ];
  for (const [where, texts, weight] of textSources) {
    const match = firstMatch(texts, 'couponField');
    if (match) say(positive, describe(where, match), weight);
    // The label, aria-label and placeholder say what the field is; nearby text may be a neighbour's.
    const own = texts[0];
    if (own && where !== 'text-before' && where !== 'described-by') {
      const wrong = conceptsIn(own, NEGATIVE_FIELD_CONCEPTS)[0];
      if (wrong && !match) say(negative, describe(`${where}-says`, wrong), 0.7);
    }
  }

  const tokens = nameTokens(input);
  const strong = tokens.find((token) => STRONG_NAME_TOKENS.test(token));
  if (strong) say(positive, `name:${strong}`, 0.45);
  else if (tokens.includes('code')) say(positive, 'name:code', 0.15);

  if (input.inDialog) {
    const title = conceptsIn(input.dialogTitle, ['couponField', 'couponOpener'])[0];
    if (title) say(positive, describe('dialog-title', title), 0.4);
    if (dialogHasActivate && positive.length > 0) say(positive, 'dialog-with-activate', 0.2);
  }
  if (input.maxLength !== null && input.maxLength >= 4 && input.maxLength <= 40 && positive.length > 0) say(positive, `maxlength:${input.maxLength}`, 0.05);

  if (NEGATIVE_TYPES.has(input.type)) say(negative, `type:${input.type}`, 0.6);
  if (input.inputMode === 'numeric' || input.inputMode === 'decimal') say(negative, `inputmode:${input.inputMode}`, 0.4);
  if (NEGATIVE_AUTOCOMPLETE.test(input.autocomplete)) say(negative, `autocomplete:${input.autocomplete}`, 0.6);
  return { positive, negative };
}

export function combine({ positive, negative }: { positive: Signal[]; negative: Signal[] }): number {
  const belief = 1 - positive.reduce((doubt, signal) => doubt * (1 - signal.weight), 1);
  const penalty = negative.reduce((keep, signal) => keep * (1 - signal.weight), 1);
  return Math.round(belief * penalty * 1000) / 1000;
}

const byWeight = (a: Signal, b: Signal) => b.weight - a.weight;

export function scoreInput(input: InputRecord, dialogHasActivate: boolean): ScoredEntry {
  const signals = inputSignals(input, dialogHasActivate);
  const label = [input.labelText, input.ariaLabel, input.placeholder, input.textBefore[0] ?? ''].find(Boolean) ?? null;
  return {
    key: input.key,
    kind: 'field',
    confidence: combine(signals),
    signals: [...signals.positive.sort(byWeight).map((s) => s.name), ...signals.negative.sort(byWeight).map((s) => `not ${s.name}`)],
    label,
  };
}

export function scoreOpener(control: ControlRecord): ScoredEntry | null {
  const sources: [string, string][] = [
    ['text', control.text],
    ['aria-label', control.ariaLabel],
    ['title', control.title],
  ];
  const positive: Signal[] = [];
  for (const [where, text] of sources) {
    const match = text ? conceptIn(text, 'couponOpener') : null;
    if (match) positive.push({ name: describe(where, match), weight: match.exact ? 0.8 : 0.55 });
  }
  if (positive.length === 0) return null;
  return {
    key: control.key,
    kind: 'opener',
    confidence: combine({ positive, negative: [] }),
    signals: positive.sort(byWeight).map((s) => s.name),
    label: control.text || control.ariaLabel || control.title || null,
  };
}

/**
 * Whether a control is a link to another page: a "Redeem promo code" link there opens that page, not a
 * code entry here. Without the page's address, any real link counts as leaving it.
 */
export function leavesPage(control: ControlRecord, pageUrl: string | null): boolean {
  if (!control.href) return false;
  if (!pageUrl) return true;
  try {
    const [here, there] = [new URL(pageUrl), new URL(control.href)];
    return here.origin !== there.origin || here.pathname.replace(/\/+$/, '') !== there.pathname.replace(/\/+$/, '');
  } catch {
    return true;
  }
}

/** The coupon entry on this page: the best field, else the best control that opens one, else none. */
export function chooseCouponEntry(inputs: readonly InputRecord[], controls: readonly ControlRecord[], pageUrl: string | null = null): ScoredEntry | null {
  const dialogHasActivate = controls.some((control) => control.visible && control.inDialog && conceptIn(control.text || control.ariaLabel, 'activate'));
  const fields = inputs
    // A read-only input is a dropdown drawn with the text field's class: nothing can be typed into it.
    .filter((input) => input.visible && !input.disabled && !input.readOnly)
    .map((input) => scoreInput(input, dialogHasActivate))
    .filter((entry) => entry.confidence >= FIELD_THRESHOLD)
    .sort((a, b) => b.confidence - a.confidence);
  if (fields[0]) return fields[0];
  const openers = controls
    .filter((control) => control.visible && !leavesPage(control, pageUrl))
    .map(scoreOpener)
    .filter((entry): entry is ScoredEntry => entry !== null && entry.confidence >= OPENER_THRESHOLD)
    .sort((a, b) => b.confidence - a.confidence);
  return openers[0] ?? null;
}

export interface CouponLink {
  label: string;
  url: string;
}

/**
 * A visible link that says it redeems a code but leads to another page ("Redeem promo code" on a
 * Business Center page, to Ads Manager): where the user is sent to enter the code.
 */
export function chooseCouponLink(controls: readonly ControlRecord[], pageUrl: string | null): CouponLink | null {
  const links = controls
    .filter((control) => control.visible && control.href && leavesPage(control, pageUrl))
    .map((control) => ({ control, scored: scoreOpener(control) }))
    .filter(({ scored }) => scored !== null && scored.confidence >= OPENER_THRESHOLD)
    .sort((a, b) => b.scored!.confidence - a.scored!.confidence);
  const best = links[0];
  return best ? { label: best.scored!.label ?? '', url: best.control.href! } : null;
}
