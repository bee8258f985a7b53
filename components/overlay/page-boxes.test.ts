import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadSavedHtml, type SavedPage } from '../../scripts/saved-page';
import { assertOnSeeds } from '../../tests/support/property-seeds';
import { controlsIn, INTERACTIVE } from './page-boxes';

const PAGES = join(import.meta.dirname, '../../tests/fixtures/pages');
const opened: SavedPage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((page) => page.close()));
});

function load(html: string): Document {
  const page = loadSavedHtml(html, null);
  opened.push(page);
  return page.document;
}

/** The document and every shadow root in it, as the dock measures them. */
function rootsOf(document: Document): ParentNode[] {
  const roots: ParentNode[] = [document];
  for (let index = 0; index < roots.length; index++) {
    for (const element of roots[index]!.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
  }
  return roots;
}

/** What one list selector finds, capped as the dock caps it. */
const byOneSelector = (root: ParentNode) => [...root.querySelectorAll(INTERACTIVE)].slice(0, 2_000);

describe('controlsIn', () => {
  const pages = readdirSync(PAGES).filter((file) => file.endsWith('.html'));

  it.each(pages)('finds the controls of %s as the one list selector does', (file) => {
    const document = load(readFileSync(join(PAGES, file), 'utf8'));
    for (const root of rootsOf(document)) expect(new Set(controlsIn(root))).toEqual(new Set(byOneSelector(root)));
  });

  // Each piece of markup is a control (true) or a near miss that only the full check tells apart (false).
  const PIECES: [string, boolean][] = [
    ['<a href="#">link</a>', true],
    ['<a>no href</a>', false],
    ['<a name="x">anchor</a>', false],
    ['<button>b</button>', true],
    ['<input>', true],
    ['<input type="hidden">', false],
    ['<input type="text">', true],
    ['<select><option>o</option></select>', true],
    ['<textarea></textarea>', true],
    ['<summary>s</summary>', true],
    ['<div role="button">r</div>', true],
    ['<div role="Button">case</div>', false],
    ['<span role="link">l</span>', true],
    ['<span role="tab">t</span>', true],
    ['<span role="menuitem">m</span>', true],
    ['<span role="checkbox">c</span>', true],
    ['<span role="switch">s</span>', true],
    ['<span role="presentation">p</span>', false],
    ['<span role="">empty</span>', false],
    ['<button role="button">both</button>', true],
    ['<a href="#" role="tab">both</a>', true],
    ['<div contenteditable="true">e</div>', true],
    ['<div contenteditable="false">not</div>', false],
    ['<div contenteditable="">empty</div>', false],
    ['<p>text</p>', false],
  ];

  it.each(PIECES)('tells %s apart (a control: %s)', (piece, control) => {
    const document = load(`<!doctype html><html><body>${piece}</body></html>`);
    const element = document.body.firstElementChild!;
    expect(controlsIn(document).includes(element)).toBe(control);
    expect(element.matches(INTERACTIVE)).toBe(control);
  });

  const markup = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...PIECES.map(([piece]) => piece)),
      fc.array(tie('node'), { maxLength: 5 }).map((children) => `<div>${children.join('')}</div>`),
    ),
  })).node;

  it('finds what the one list selector finds on random markup, in any nesting', () => {
    assertOnSeeds(
      fc.property(fc.array(markup, { minLength: 1, maxLength: 12 }), (parts) => {
        const document = load(`<!doctype html><html><body>${parts.join('')}</body></html>`);
        expect(new Set(controlsIn(document))).toEqual(new Set(byOneSelector(document)));
      }),
      60,
    );
  });

  it('keeps the first 2,000 in document order on a page of thousands of controls', () => {
    // Kinds interleaved, so the parts' own order (links first, then buttons...) differs from the page's.
    const kinds = ['<button>b</button>', '<a href="#">a</a>', '<div role="tab">t</div>', '<input>', '<a>not</a>'];
    const body = Array.from({ length: 3_000 }, (_, index) => kinds[index % kinds.length]).join('');
    const document = load(`<!doctype html><html><body>${body}</body></html>`);
    const controls = controlsIn(document);
    expect(controls).toHaveLength(2_000);
    expect(controls).toEqual(byOneSelector(document));
  });
});
