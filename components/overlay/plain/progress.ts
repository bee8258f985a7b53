import type { Hint } from '../../../lib/hints/types';
import { msg } from '../../../lib/i18n/message';
import type { Translator } from '../../../lib/i18n/translate';
import { barValue } from '../../progress-value';
import { el, textNodes } from './view';

/** A hint's spend toward its threshold in the overlay's words: beside a mark's bar, and a dock card's (CreditProgress.tsx). */
export function progressWords(t: Translator, { current, target, currency }: NonNullable<Hint['progress']>): string {
  return t.t(msg('overlay.progressText', { spent: { money: current, currency }, threshold: { money: target, currency } }));
}

/**
 * A mark's spend toward its threshold: the bar the dock's cards and the popup draw (ProgressBar.tsx,
 * through CreditProgress.tsx), with the same markup, so overlay.css styles both. Inside a button the
 * bar is a picture and the words beside it say it, so it is hidden from assistive tech rather than named.
 */
export function markProgress(doc: Document, t: Translator, progress: NonNullable<Hint['progress']>): HTMLElement | null {
  const shown = barValue(progress.current, progress.target);
  if (shown === null) return null;
  const { left } = progress;
  return el(
    doc,
    'span',
    { class: 'progress' },
    el(doc, 'progress', { max: progress.target, value: shown, 'aria-hidden': 'true' }),
    el(doc, 'span', { class: 'progress-text' }, progressWords(t, progress), left && ' · ', left && el(doc, 'span', { class: 'progress-left' }, ...textNodes(t, left))),
  );
}
