import { describe, expect, it } from 'vitest';
import { sharedWithPopup, staticGraph } from './page-graph';

// popup -> a -> shared; board -> b -> shared; options -> c; popup -> (lazy) form
const GRAPH: Record<string, string[]> = {
  popup: ['a'],
  a: ['shared'],
  shared: [],
  board: ['b'],
  b: ['shared', 'a'],
  options: ['c'],
  c: [],
};
const info = (id: string) => (id in GRAPH ? { importedIds: GRAPH[id]! } : null);

describe('page chunks', () => {
  it('follows static imports only, through every level, ignoring unknown ids', () => {
    expect([...staticGraph('board', info)].sort()).toEqual(['a', 'b', 'board', 'shared']);
    expect([...staticGraph('missing', info)]).toEqual([]);
  });

  it("puts in the shared chunk exactly the popup's up-front modules another page loads up front too", () => {
    const popup = staticGraph('popup', info);
    expect([...sharedWithPopup(popup, [staticGraph('options', info), staticGraph('board', info)])].sort()).toEqual(['a', 'shared']);
    expect([...sharedWithPopup(popup, [staticGraph('options', info)])]).toEqual([]);
  });
});
