/**
 * Page text only ever becomes text: our source may not hand strings to the DOM's HTML parser or to
 * the script compiler. This is what lets linter-allowances.ts excuse Preact's own innerHTML branch,
 * which only `dangerouslySetInnerHTML` reaches.
 */
const SINKS: readonly [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['innerHTML/outerHTML assignment', /\.(?:inner|outer)HTML\s*(?:\+?=)(?!=)/],
  ['insertAdjacentHTML', /\.insertAdjacentHTML\s*\(/],
  ['createContextualFragment', /\.createContextualFragment\s*\(/],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(?:set|parse)HTMLUnsafe\s*\(/],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['DOMParser', /\bnew\s+DOMParser\b/],
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/],
];

export interface SinkFinding {
  file: string;
  line: number;
  sink: string;
}

/** Comments explain why a sink is absent ("MV3's CSP forbids `new Function`"); only code counts. */
export function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:\\])\/\/.*$/gm, '$1');
}

/** What a line of code is tested against: a pattern, or a rule that needs more than one. */
export interface LineTest {
  test(line: string): boolean;
}

/** Each line of `source`'s code (comments left out) that a named test matches, 1-based, in line order. */
export function matchingLines(source: string, tests: readonly (readonly [string, LineTest])[]): { line: number; name: string }[] {
  const found: { line: number; name: string }[] = [];
  withoutComments(source)
    .split('\n')
    .forEach((text, i) => {
      for (const [name, test] of tests) if (test.test(text)) found.push({ line: i + 1, name });
    });
  return found;
}

export function findHtmlSinks(file: string, source: string): SinkFinding[] {
  return matchingLines(source, SINKS).map(({ line, name }) => ({ file, line, sink: name }));
}
