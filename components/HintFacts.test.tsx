// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { msg } from '../lib/i18n/message';
import { InEnglish } from './i18n/testing';
import { HintFacts } from './HintFacts';
import { testRoot } from '../tests/support/test-root';

const root = testRoot();

describe("a hint's facts", () => {
  it('pairs each label with its value, formatted in the language and isolated from the text around it', async () => {
    const facts = [
      { label: msg('fact.threshold'), value: { money: '500', currency: 'USD' } },
      { label: msg('fact.code'), value: 'PROMO<b>' },
    ];
    await act(async () => render(<InEnglish><HintFacts facts={facts} class="hint-facts" /></InEnglish>, root));
    const list = root.querySelector('dl')!;
    expect(list.className).toBe('facts hint-facts');
    const pairs = [...list.querySelectorAll('.fact')].map((fact) => [fact.querySelector('dt')!.textContent, fact.querySelector('dd > bdi')!.textContent]);
    expect(pairs).toEqual([
      ['Threshold', '$500.00'],
      ['Code', 'PROMO<b>'],
    ]);
    expect(list.querySelector('b')).toBeNull();
  });

  it('shows no empty list', async () => {
    await act(async () => render(<InEnglish><HintFacts facts={[]} /></InEnglish>, root));
    expect(root.querySelector('dl')).toBeNull();
  });
});
