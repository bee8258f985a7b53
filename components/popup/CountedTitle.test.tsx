// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { msg } from '../../lib/i18n/message';
import { readCatalog } from '../../lib/i18n/node-catalog';
import { createTranslator } from '../../lib/i18n/translate';
import { TranslatorProvider } from '../i18n/i18n';
import { testRoot } from '../../tests/support/test-root';
import { CountedTitle } from './CountedTitle';

const root = testRoot();

async function title(locale: 'en' | 'ru' | 'ja', count: number) {
  const t = createTranslator(locale, readCatalog(locale, 'popup'));
  await act(async () => render(<TranslatorProvider translator={t}><h2><CountedTitle message={msg('popup.offersTitle', { count })} /></h2></TranslatorProvider>, root));
  return root.querySelector('h2')!;
}

describe("a list's title with its count", () => {
  it('mutes the count, and glues it to the word before it, so a wrapped title never leaves it alone on a line', async () => {
    const russian = await title('ru', 5);
    expect(russian.querySelector('bdi.count')!.textContent).toBe('5');
    expect(russian.textContent).toBe('Бонусы за расходы\u00a0(5)');
    expect((await title('en', 12)).textContent).toBe('Spend-match offers\u00a0(12)');
  });

  it('leaves a title with no space before its count as it is', async () => {
    const japanese = await title('ja', 3);
    const words = createTranslator('ja', readCatalog('ja', 'popup')).t(msg('popup.offersTitle', { count: 3 }));
    expect(japanese.textContent).toBe(words);
  });
});
