import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHtmlSinks } from './html-sinks';
import { PROJECT_ROOT, shippedSources } from './source-files';

describe('no HTML or code sinks in shipped source', () => {
  it('finds none in components/, entrypoints/ and lib/', () => {
    const files = shippedSources();
    expect(files.length).toBeGreaterThan(10);
    const findings = files.flatMap((file) => findHtmlSinks(relative(PROJECT_ROOT, file), readFileSync(file, 'utf8')));
    expect(findings).toEqual([]);
  });

  it.each([
    ['<div dangerouslySetInnerHTML={{ __html: text }} />', 'dangerouslySetInnerHTML'],
    ['host.innerHTML = label;', 'innerHTML/outerHTML assignment'],
    ['node.outerHTML += more', 'innerHTML/outerHTML assignment'],
    ["el.insertAdjacentHTML('beforeend', text)", 'insertAdjacentHTML'],
    ['range.createContextualFragment(text)', 'createContextualFragment'],
    ['document.write(text)', 'document.write'],
    ["new DOMParser().parseFromString(text, 'text/html')", 'DOMParser'],
    ['const f = eval(code)', 'eval'],
    ["const f = new Function('a', body)", 'new Function'],
    ["setTimeout('run()', 10)", 'string timer'],
  ])('catches %s', (code, sink) => {
    expect(findHtmlSinks('x.tsx', `const ok = 1;\n${code}\n`)).toEqual([{ file: 'x.tsx', line: 2, sink }]);
  });

  it('ignores comments, reads of innerHTML, comparisons and lookalike names', () => {
    const source = [
      "// MV3's CSP forbids `new Function`",
      '/* never el.innerHTML = x */',
      'const before = el.innerHTML;',
      'if (a.innerHTML === b) retrieval();',
      'medieval(x); setTimeout(run, 10);',
      "const url = 'https://ads.tiktok.com/'; // eval(",
    ].join('\n');
    expect(findHtmlSinks('x.ts', source)).toEqual([]);
  });
});
