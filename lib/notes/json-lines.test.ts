import { describe, expect, it } from 'vitest';
import { jsonErrorLocation, lineAndColumn, linesOfPaths } from './json-lines';

const text = `{
  "notes": {
    "offers": [
      { "id": "a" },
      {
        "id": "b",
        "threshold": "5"
      }
    ]
  },
  "odd key": [1, [2, 3]],
  "s": "with \\"quotes\\" and ] } , inside"
}`;

describe('finding paths in a JSON text', () => {
  it('gives the line of a field and of an array item', () => {
    const lines = linesOfPaths(text, new Set(['notes.offers[1].threshold', 'notes.offers[0]', 'notes.offers[1]', '["odd key"][1][0]', 's', '']));
    expect(Object.fromEntries(lines)).toEqual({
      '': 1,
      'notes.offers[0]': 4,
      'notes.offers[1]': 5,
      'notes.offers[1].threshold': 7,
      '["odd key"][1][0]': 11,
      s: 12,
    });
  });

  it('a deeply nested file does not overflow the stack', () => {
    const deep = `${'['.repeat(200_000)}1${']'.repeat(200_000)}`;
    expect(linesOfPaths(deep, new Set(['nope'])).size).toBe(0);
  });
});

describe('where JSON.parse stopped', () => {
  it('reads V8 positions, V8 line/column, Firefox line/column and "unexpected end"', () => {
    const bad = '{\n  "a": 1,\n  "b" 2\n}';
    expect(jsonErrorLocation('Unexpected number in JSON at position 18', bad)).toEqual({ line: 3, column: 7 });
    expect(jsonErrorLocation("Expected ':' after property name in JSON at position 18 (line 3 column 7)", bad)).toEqual({ line: 3, column: 7 });
    expect(jsonErrorLocation('JSON.parse: expected \':\' after property name in object at line 3 column 7 of the JSON data', bad)).toEqual({ line: 3, column: 7 });
    expect(jsonErrorLocation('Unexpected end of JSON input', '{\n"a":')).toEqual({ line: 2, column: 5 });
    expect(jsonErrorLocation('something else', bad)).toBeNull();
  });

  it('line and column of an offset', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
