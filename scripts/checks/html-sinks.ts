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

export function findHtmlSinks(file: string, source: string): SinkFinding[] {
  const findings: SinkFinding[] = [];
  withoutComments(source)
    .split('\n')
    .forEach((text, i) => {
      for (const [sink, pattern] of SINKS) if (pattern.test(text)) findings.push({ file, line: i + 1, sink });
    });
  return findings;
}
