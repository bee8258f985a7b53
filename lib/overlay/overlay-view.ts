/**
 * What the overlay shows, from what the content script knows: the reading, the stored notes and
 * settings, what the user is typing, and the changes this tab asked for that storage has not echoed
 * back yet (so a dismissed card does not flash back while the background writes). Pure.
 */
import type { Hint, HintInput } from '../hints/types';
import { DEFAULT_SETTINGS, EMPTY_NOTES } from '../notes/defaults';
import type { Observation, Settings, StoredNotes } from '../notes/schema';
import { isBillingRoute } from '../reader/page-kind';
import { withDismissed, withRestored } from './dismissals';
import { pageHints, visibleHints } from './page-hints';
import { pageMarks, type Mark } from './marks';

/** Settings changes sent to the background and not yet seen in storage. */
export interface PendingSettings {
  dismissed: readonly string[];
  restored: readonly string[];
  minimised: boolean | null;
}
export const NO_PENDING: PendingSettings = Object.freeze({ dismissed: [], restored: [], minimised: null });

export function effectiveSettings(stored: Settings, pending: PendingSettings): Settings {
  let dismissedHints = withRestored(stored.dismissedHints, pending.restored);
  for (const id of pending.dismissed) dismissedHints = withDismissed(dismissedHints, id);
  return { ...stored, dismissedHints, overlayMinimised: pending.minimised ?? stored.overlayMinimised };
}

/** Forgets what storage now reflects; what it does not stays pending. */
export function settlePending(pending: PendingSettings, stored: Settings): PendingSettings {
  return {
    dismissed: pending.dismissed.filter((id) => !stored.dismissedHints.includes(id)),
    restored: pending.restored.filter((id) => stored.dismissedHints.includes(id)),
    minimised: pending.minimised === stored.overlayMinimised ? null : pending.minimised,
  };
}

/** The account's stored observations plus those this tab recorded since (deduplicated by time). */
export function accountObservations(stored: StoredNotes | null, recorded: readonly Observation[], accountId: string | null): Observation[] {
  if (!accountId) return [];
  const own = stored?.observations[accountId] ?? [];
  const seen = new Set(own.map((observation) => observation.at));
  return [...own, ...recorded.filter((observation) => observation.accountId === accountId && !seen.has(observation.at))];
}

export type OverlayHost = 'ads' | 'business';

export function hostOf(url: string | null): OverlayHost {
  try {
    return url && new URL(url).hostname === 'business.tiktok.com' ? 'business' : 'ads';
  } catch {
    return 'ads';
  }
}

/** The hint input (reading, typed code, time zone) as the content script holds it: notes still loading, settings pending. */
export interface ViewInputs extends Pick<HintInput, 'reading' | 'typedCode' | 'timeZone'> {
  url: string | null;
  stored: StoredNotes | null;
  /** Observations this tab recorded that storage has not echoed yet. */
  recorded: readonly Observation[];
  pending: PendingSettings;
}

export interface OverlayView {
  /**
   * False when the user turned the overlay off for this site, or on a route we do not know until its
   * content reads as a Billing page: no overlay, the popup is still answered.
   */
  on: boolean;
  minimised: boolean;
  /** Every hint, most urgent first. */
  hints: Hint[];
  /** What the cards show: `hints` minus the dismissed ones. */
  shown: Hint[];
  dismissedCount: number;
  /** Marks beside the page's values for the shown hints; none when the user turned marks off. */
  marks: Mark[];
  settings: Settings;
  /** What the rules threw, if they did; the overlay then shows the reading without hints. */
  failure: unknown;
}

export function overlayView(inputs: ViewInputs, now: Date, observedAt: Date = now): OverlayView {
  const settings = effectiveSettings(inputs.stored?.settings ?? DEFAULT_SETTINGS, inputs.pending);
  const accountId = inputs.reading?.accountId ?? null;
  let hints: Hint[] = [];
  let failure: unknown = null;
  try {
    hints = pageHints({
      reading: inputs.reading,
      notes: inputs.stored?.notes ?? EMPTY_NOTES,
      observations: accountObservations(inputs.stored, inputs.recorded, accountId),
      now,
      observedAt,
      typedCode: inputs.typedCode,
      timeZone: inputs.timeZone ?? null,
    });
  } catch (error) {
    // A rule that fails on odd notes costs the hints, not the settings (off, minimised) or the card.
    failure = error;
  }
  const shown = visibleHints(hints, settings.dismissedHints);
  return {
    failure,
    on: settings.overlayOn[hostOf(inputs.url)] && (isBillingRoute(inputs.url) || (inputs.reading !== null && inputs.reading.pageKind !== 'other')),
    minimised: settings.overlayMinimised,
    hints,
    shown,
    dismissedCount: hints.length - shown.length,
    marks: settings.showMarks ? pageMarks(shown, inputs.reading) : [],
    settings,
  };
}
