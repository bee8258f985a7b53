// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { testRoot } from '../../../tests/support/test-root';
import type { Hint } from '../../../lib/hints/types';
import { readCatalog } from '../../../lib/i18n/node-catalog';
import { createTranslator } from '../../../lib/i18n/translate';
import type { Msg } from '../../../lib/i18n/message';
import { AnnouncerView } from './announcer';

const t = createTranslator('en', { ...readCatalog('en', 'page'), 'test.text': '{text}' });
const text = (words: string): Msg => ({ key: 'test.text' as Msg['key'], params: { text: words } });
const hint = (id: string, severity: Hint['severity'], title: string): Hint => ({ id, kind: 'code-deadline', state: 'x', severity, title: text(title), explanation: [], facts: [], nextStep: null });

const parent = testRoot();

describe('AnnouncerView', () => {
  it('announces new critical hints once, in a live region that exists from the start', () => {
    const view = new AnnouncerView(parent);
    const region = parent.querySelector<HTMLElement>('[data-testid="announcer"]')!;
    expect(region.className).toBe('visually-hidden');
    expect([region.getAttribute('role'), region.getAttribute('aria-live'), region.getAttribute('aria-atomic')]).toEqual(['alert', 'assertive', 'true']);
    expect(region.textContent).toBe('');
    view.update({ hints: [] }, t);
    const critical = hint('c', 'critical', 'Code expires today');
    view.update({ hints: [critical] }, t);
    expect(region.textContent).toBe('Credit Lens: Code expires today');
    view.update({ hints: [critical, hint('i', 'info', 'Credit expected by Nov 26')] }, t);
    expect(region.textContent).toBe('Credit Lens: Code expires today');
    view.update({ hints: [critical, hint('w', 'warning', 'Activate within 3 days')] }, t);
    expect(region.textContent).toBe('Credit Lens: Code expires today');
  });

  it('names every critical hint that appears together in one sentence, and only the new ones', () => {
    const view = new AnnouncerView(parent);
    const region = parent.querySelector('[data-testid="announcer"]')!;
    const first = hint('a', 'critical', 'Code expires today');
    view.update({ hints: [first] }, t);
    view.update({ hints: [first, hint('b', 'critical', 'Credit overdue'), hint('c', 'critical', 'Code rejected')] }, t);
    expect(region.textContent).toBe('Credit Lens: Credit overdue and Code rejected');
  });

  it('shows page text as text, and leaves with its region', () => {
    const view = new AnnouncerView(parent);
    view.update({ hints: [hint('a', 'critical', '<img src=x onerror=alert(1)>')] }, t);
    expect(parent.querySelector('img')).toBeNull();
    expect(parent.textContent).toBe('Credit Lens: <img src=x onerror=alert(1)>');
    view.destroy();
    expect(parent.childNodes).toHaveLength(0);
  });
});
