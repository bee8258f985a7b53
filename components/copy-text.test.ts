// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from './copy-text';

afterEach(() => vi.unstubAllGlobals());

describe('copying the support message', () => {
  it('uses the Clipboard API when the page allows it', async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    expect(await copyText('hello', document.body)).toBe(true);
    expect(writeText).toHaveBeenCalledWith('hello');
  });

  it('falls back to a selection copy inside our own element, and leaves nothing behind', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) } });
    const holder = document.createElement('div');
    document.body.append(holder);
    const seen: string[] = [];
    const exec = vi.fn(() => {
      seen.push((holder.querySelector('textarea') as HTMLTextAreaElement).value);
      return true;
    });
    (document as unknown as { execCommand: typeof exec }).execCommand = exec;
    expect(await copyText('support text', holder)).toBe(true);
    expect(exec).toHaveBeenCalledWith('copy');
    expect(seen).toEqual(['support text']);
    expect(holder.querySelector('textarea')).toBeNull();
    holder.remove();
  });

  it('says it failed when neither way works', async () => {
    vi.stubGlobal('navigator', {});
    (document as unknown as { execCommand: () => boolean }).execCommand = () => false;
    expect(await copyText('x', document.body)).toBe(false);
  });
});
