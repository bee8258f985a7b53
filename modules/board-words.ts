import type { HtmlTagDescriptor, Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

/**
 * The board's English words load with its scripts rather than after them (issue 13, the first paint).
 * The board draws nothing before its words, and it asks for its language's chunk only once its script
 * runs: a third round of loading from the extension's package, after the page and its scripts. English
 * is the language most boards open in and the one every other falls back to, so the page names its
 * chunk for the browser to fetch alongside the scripts (`modulepreload`); the board's import of it
 * then finds it loaded. Another language still loads its own chunk when asked, as before.
 */
/** The board page's source (`entrypoints/board/index.html`, built as `board.html`). */
const BOARD_HTML = /(?:^|[\\/])entrypoints[\\/]board[\\/]index\.html$/;
/** The English board-scope messages module (scripts/i18n/vite-plugin.ts compiles it). */
const ENGLISH_BOARD_WORDS = /[\\/]locales[\\/]en\.yml\?scope=board$/;

/** The chunk a page's HTML should preload for its words, by the module it was built from; null for pages other than the board. */
export function boardWordsPreload(htmlPath: string, chunks: readonly { fileName: string; facadeModuleId: string | null }[]): HtmlTagDescriptor | null {
  if (!BOARD_HTML.test(htmlPath)) return null;
  const words = chunks.find((chunk) => chunk.facadeModuleId !== null && ENGLISH_BOARD_WORDS.test(chunk.facadeModuleId));
  if (!words) throw new Error('[board-words] the board has no English messages chunk to preload');
  return { tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${words.fileName}` }, injectTo: 'head' };
}

const plugin = (): Plugin => ({
  name: 'credit-lens:board-words',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(_html, ctx) {
      if (!ctx.bundle) return;
      const chunks = Object.values(ctx.bundle).flatMap((file) => (file.type === 'chunk' ? [{ fileName: file.fileName, facadeModuleId: file.facadeModuleId }] : []));
      const tag = boardWordsPreload(ctx.path, chunks);
      return tag ? [tag] : undefined;
    },
  },
});

export default defineWxtModule((wxt) => {
  wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
    if (!entrypoints.some((entry) => entry.name === 'board')) return;
    config.plugins = [...(config.plugins ?? []), plugin()];
  });
});
