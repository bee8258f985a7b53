import { describe, expect, it } from 'vitest';
import { boardWordsPreload } from '../../modules/board-words';

const ROOT = '/work/credit-lens';
const chunks = [
  { fileName: 'chunks/board-Cf.js', facadeModuleId: `${ROOT}/entrypoints/board/main.tsx` },
  { fileName: 'chunks/en-DS.js', facadeModuleId: `${ROOT}/locales/en.yml?scope=board` },
  { fileName: 'chunks/en-Dq.js', facadeModuleId: `${ROOT}/locales/en.yml?scope=ui` },
  { fileName: 'chunks/ja-Xy.js', facadeModuleId: `${ROOT}/locales/ja.yml?scope=board` },
  { fileName: 'chunks/pages-shared-B.js', facadeModuleId: null },
];

// The board waits for its words before it draws: English comes with its scripts, not a round after them.
describe("the board page's English words", () => {
  it('are fetched with the board\'s scripts: its HTML preloads the English board chunk, and no other language', () => {
    expect(boardWordsPreload('/entrypoints/board/index.html', chunks)).toEqual({
      tag: 'link',
      attrs: { rel: 'modulepreload', crossorigin: true, href: '/chunks/en-DS.js' },
      injectTo: 'head',
    });
  });

  it('leave the other pages as they were: the popup and the options page preload no words', () => {
    expect(boardWordsPreload('/entrypoints/popup/index.html', chunks)).toBeNull();
    expect(boardWordsPreload('/entrypoints/options/index.html', chunks)).toBeNull();
  });

  it('fail the build when the board has no English chunk to preload, rather than quietly losing the preload', () => {
    expect(() => boardWordsPreload('/entrypoints/board/index.html', chunks.filter((c) => !c.fileName.startsWith('chunks/en-DS')))).toThrow(/no English messages chunk/);
  });
});
