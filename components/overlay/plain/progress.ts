import type { Hint } from '../../../lib/hints/types';
import { msg } from '../../../lib/i18n/message';
import type { Translator } from '../../../lib/i18n/translate';
import { el, textNodes } from './view';

/**
 * A mark's spend toward its threshold: the bar the dock's cards and the popup draw (ProgressBar.tsx,
 * through CreditProgress.tsx), with the same markup, so overlay.css styles both. Inside a button the
 * bar is a picture and the words beside it say it, so it is hidden from assistive tech rather than named.
 */
export function markProgress(doc: Document, t: Translator, { current, target, currency, left }: NonNullable<Hint['progress']>): HTMLElement | null {
  if (!(target > 0) || !Number.isFinite(current)) return null;
  const text = t.t(msg('overlay.progressText', { spent: { money: current, currency }, threshold: { money: target, currency } }));
  return el(
    doc,
    'span',
    { class: 'progress' },
    el(doc, 'progress', { max: target, value: Math.max(0, Math.min(current, target)), 'aria-hidden': 'true' }),
    el(doc, 'span', { class: 'progress-text' }, text, left && ' · ', left && el(doc, 'span', { class: 'progress-left' }, ...textNodes(t, left))),
  );
}
