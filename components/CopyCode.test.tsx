// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { COPY_SAID_MS, CopyCode, CopyCodeIcon } from './CopyCode';
import { InEnglish } from './i18n/testing';
import { testRoot } from '../tests/support/test-root';

const root = testRoot();

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const button = () => root.querySelector<HTMLButtonElement>('[data-action="copy-code"]')!;
const status = () => root.querySelector('[role="status"]')!;
/** A click, and the clipboard's answer: it settles a few promise steps after the click. */
const click = () =>
  act(async () => {
    button().click();
    for (let step = 0; step < 5; step++) await Promise.resolve();
  });

describe('copying a saved code', () => {
  it('puts the code on the clipboard exactly as saved, says so, and offers to copy again after a moment', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await act(async () => render(<InEnglish><CopyCode code="SPRING-0O1" /></InEnglish>, root));
    expect(button().textContent).toBe('Copy');
    expect(button().getAttribute('aria-label')).toBe('Copy code SPRING-0O1');
    expect(status().getAttribute('role')).toBe('status');
    expect(status().textContent).toBe('');

    await click();
    expect(writeText).toHaveBeenCalledWith('SPRING-0O1');
    expect(status().textContent).toBe('Copied');
    expect(status().className).toBe('copy-status');

    await act(async () => {
      vi.advanceTimersByTime(COPY_SAID_MS);
    });
    expect(status().textContent).toBe('');
  });

  it('says when the clipboard refused, leaving the code on screen to select', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    await act(async () => render(<InEnglish><CopyCode code="SPRING-0O1" /></InEnglish>, root));
    await click();
    expect(status().textContent).toBe('Could not copy');
  });

  it('as an icon, is named for its code, shows a tick once copied and says it to screen readers only', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn(async () => {}) } });
    await act(async () => render(<InEnglish><CopyCodeIcon code="WELCOME2026" /></InEnglish>, root));
    expect(button().textContent).toBe('');
    expect(button().getAttribute('aria-label')).toBe('Copy code WELCOME2026');
    expect(button().title).toBe('Copy code WELCOME2026');
    const glyph = () => button().querySelector('svg')!.innerHTML;
    const sheets = glyph();
    await click();
    expect(glyph()).not.toBe(sheets);
    expect(button().dataset.outcome).toBe('copied');
    expect(status().className).toBe('sr-only');
    expect(status().textContent).toBe('Copied');
  });
});
