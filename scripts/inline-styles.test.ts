import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './inline-styles';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><div id="app"></div></body></html>`;

describe('inlineStylesheets', () => {
  it('writes each stylesheet the build made into the page, in place and in order', () => {
    const files: Record<string, string> = { '/assets/a.css': '.a{color:red}', '/assets/b.css': '.b{color:blue}' };
    const { html, inlined } = inlineStylesheets(
      page('<script type="module" src="/chunks/board.js"></script><link rel="stylesheet" crossorigin href="/assets/a.css"><link rel="stylesheet" href="/assets/b.css">'),
      (href) => files[href] ?? null,
    );
    expect(html).toBe(page('<script type="module" src="/chunks/board.js"></script><style>.a{color:red}</style><style>.b{color:blue}</style>'));
    expect(inlined).toEqual(['/assets/a.css', '/assets/b.css']);
  });

  it('leaves other links, and a stylesheet the build did not make, as they are', () => {
    const head = '<link rel="modulepreload" href="/chunks/x.js"><link rel="icon" href="/icon.png"><link rel="stylesheet" href="https://example.com/x.css">';
    const { html, inlined } = inlineStylesheets(page(head), () => null);
    expect(html).toBe(page(head));
    expect(inlined).toEqual([]);
  });

  it('refuses a stylesheet that would end its <style> element early', () => {
    expect(() => inlineStylesheets(page('<link rel="stylesheet" href="/a.css">'), () => 'a::after{content:"</style>"}')).toThrow(/a\.css.*<\/style/);
  });
});
