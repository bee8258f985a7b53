import { describe, expect, it } from 'vitest';
import { LINTER_ALLOWANCES } from './linter-allowances';
import { judgeLinterReport, sourceWindow, type LinterMessage, type LinterReport, type SourceAt } from './linter-policy';

// Built code as the linter saw it: Preact's minified diff, and the loader's dynamic import.
const FILES: Record<string, string> = {
  'chunks/jsxRuntime-B9UUVa3T.js':
    'for(f in D)b=D[f];g?(c||v&&(g.__html==v.__html||g.__html==t.innerHTML)||(t.innerHTML=g.__html),n.__k=[]):(v&&(t.textContent=``))',
  'content-scripts/content.js':
    'async apply(e){if(this.session)return this.session.navigated(e);this.module??=import(u.default.runtime.getURL(`/content-scripts/billing/billing.js`));let{start:t}=await this.module}\n' +
    'function C(e){return/^(?:misread|messages-[A-Za-z_]{2,5}|lexicon-[a-z]{2}(?:-[A-Za-z]{2,4})?)\\.js$/.test(e)?import(u.default.runtime.getURL(`/content-scripts/billing/${e}`)):Promise.reject(Error(`x`))}',
  'content-scripts/billing/billing.js':
    '\n\t\tel.innerHTML = label.textContent;\n' +
    'g?(t.innerHTML=g.__html,n.__k=[]):0;function show(e){e.box.innerHTML=e.label}',
};
const sourceAt: SourceAt = (file, line, column) => (FILES[file] === undefined ? null : sourceWindow(FILES[file]!, line, column));
const at = (file: string, needle: string): { file: string; line: number; column: number } => {
  const lines = FILES[file]!.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { file, line: line + 1, column: lines[line]!.indexOf(needle) };
};

const preactWarning: LinterMessage = {
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe assignment to innerHTML',
  ...at('chunks/jsxRuntime-B9UUVa3T.js', 't.innerHTML=g'),
};
const loaderWarning: LinterMessage = {
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe call to import for argument 0',
  ...at('content-scripts/content.js', 'import('),
};
const chunkWarning: LinterMessage = {
  code: 'UNSAFE_VAR_ASSIGNMENT',
  message: 'Unsafe call to import for argument 0',
  ...at('content-scripts/content.js', 'import(u.default.runtime.getURL(`/content-scripts/billing/${e}'),
};
const report = (warnings: LinterMessage[], errors: LinterMessage[] = []): LinterReport => ({ errors, warnings, notices: [] });

describe('addons-linter verdict', () => {
  it('passes a report whose only warnings are the listed ones', () => {
    const verdict = judgeLinterReport(report([preactWarning, loaderWarning, chunkWarning]), sourceAt);
    expect(verdict.failures).toEqual([]);
    expect(verdict.stale).toEqual([]);
    expect(verdict.allowed.map((a) => a.allowance.origin)).toEqual(['vendor', 'ours', 'ours']);
  });

  it('fails on a warning no allowance lists', () => {
    const unlisted: LinterMessage = { code: 'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION', message: 'Manifest key not supported', file: 'manifest.json' };
    const verdict = judgeLinterReport(report([preactWarning, loaderWarning, unlisted]), sourceAt);
    expect(verdict.failures).toEqual([unlisted]);
  });

  it('fails on the listed code in the listed file when the code there is not the excused one', () => {
    const ours: LinterMessage = {
      code: 'UNSAFE_VAR_ASSIGNMENT',
      message: 'Unsafe assignment to innerHTML',
      ...at('content-scripts/billing/billing.js', 'el.innerHTML'),
    };
    const verdict = judgeLinterReport(report([preactWarning, loaderWarning, ours]), sourceAt);
    expect(verdict.failures).toEqual([ours]);
  });

  it('does not lend a neighbouring statement on the same minified line its excuse', () => {
    const neighbour: LinterMessage = {
      code: 'UNSAFE_VAR_ASSIGNMENT',
      message: 'Unsafe assignment to innerHTML',
      ...at('content-scripts/billing/billing.js', 'e.box.innerHTML'),
    };
    const verdict = judgeLinterReport(report([preactWarning, loaderWarning, neighbour]), sourceAt);
    expect(verdict.failures).toEqual([neighbour]);
  });

  it('fails on a warning without a location, which no snippet can vouch for', () => {
    const { line: _line, column: _column, ...nowhere } = preactWarning;
    expect(judgeLinterReport(report([nowhere, loaderWarning]), sourceAt).failures).toEqual([nowhere]);
  });

  it('never excuses an error, even with a listed code and snippet', () => {
    const asError = { ...preactWarning };
    const verdict = judgeLinterReport(report([preactWarning, loaderWarning], [asError]), sourceAt);
    expect(verdict.failures).toEqual([asError]);
  });

  it('reports an allowance that matches nothing as stale', () => {
    const verdict = judgeLinterReport(report([preactWarning]), sourceAt);
    expect(verdict.failures).toEqual([]);
    expect(verdict.stale).toEqual([LINTER_ALLOWANCES[1], LINTER_ALLOWANCES[2]]);
  });

  it('reads the reported spot from the right line', () => {
    const contents = 'line one\n  x.innerHTML = y.__html;\nline three';
    expect(sourceWindow(contents, 2, 2)).toBe('  x.innerHTML = y.__html;');
    expect(sourceWindow(contents, 9, 0)).toBeNull();
  });
});
