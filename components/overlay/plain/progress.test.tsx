// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { Hint } from '../../../lib/hints/types';
import { readCatalog } from '../../../lib/i18n/node-catalog';
import { createTranslator } from '../../../lib/i18n/translate';
import type { Msg } from '../../../lib/i18n/message';
import { TranslatorProvider } from '../../i18n/i18n';
import { CreditProgress } from '../CreditProgress';
import { markProgress } from './progress';

const t = createTranslator('en', { ...readCatalog('en', 'page'), 'test.text': '{text}' });
const text = (words: string): Msg => ({ key: 'test.text' as Msg['key'], params: { text: words } });

/** What the dock's cards draw for the same progress (CreditProgress → ProgressBar), its bar a picture as a mark's is. */
function drawnByPreact(progress: NonNullable<Hint['progress']>): string {
  const host = document.createElement('div');
  render(
    <TranslatorProvider translator={t}>
      <CreditProgress progress={progress} />
    </TranslatorProvider>,
    host,
  );
  const bar = host.querySelector('progress');
  bar?.removeAttribute('aria-label');
  bar?.removeAttribute('aria-valuetext');
  bar?.setAttribute('aria-hidden', 'true');
  return host.innerHTML;
}

describe("a mark's progress bar", () => {
  it.each<[string, NonNullable<Hint['progress']>]>([
    ['halfway, with the time left', { current: 520, target: 1000, currency: 'USD', left: text('12 days left') }],
    ['past the threshold, in no known currency', { current: 1500.5, target: 1000, currency: null }],
    ['below nothing', { current: -20, target: 300, currency: 'EUR' }],
    ['with no threshold', { current: 20, target: 0, currency: 'EUR' }],
    ['with no spend known', { current: Number.NaN, target: 300, currency: 'EUR' }],
  ])('is the markup the dock and the popup draw, %s', (_, progress) => {
    expect(markProgress(document, t, progress)?.outerHTML ?? '').toBe(drawnByPreact(progress));
  });

  it('is hidden from assistive tech: inside a mark, the words beside it say it', () => {
    const bar = markProgress(document, t, { current: 1, target: 2, currency: 'USD' })!.querySelector('progress')!;
    expect(bar.getAttribute('aria-hidden')).toBe('true');
    expect(bar.hasAttribute('aria-label')).toBe(false);
  });

  it('shows page text in the time left as text', () => {
    const bar = markProgress(document, t, { current: 1, target: 2, currency: 'USD', left: text('<b>soon</b>') })!;
    expect(bar.querySelector('b')).toBeNull();
    expect(bar.querySelector('.progress-left bdi')!.textContent).toBe('<b>soon</b>');
  });
});
