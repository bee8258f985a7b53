import type { OutputAsset, OutputBundle } from 'rollup';
import type { PluginOption } from 'vite';
import { defineWxtModule } from 'wxt/modules';
import { inlineStylesheets } from '../scripts/inline-styles';

/**
 * Builds the deadlines board on its own, as one script with its styles in the page (issue 13, the
 * board's first paint). Built with the other pages, the board loaded nine scripts and two stylesheets
 * it shared with them, and an extension page pays for each file it fetches: the same code as one
 * script and a `<style>` painted its first rows 9-14 ms sooner (`bench/board-ab.ts`, 41 rounds). Only
 * the words of one language, the edit forms and the store's fallback load later, as their own chunks.
 */
const BOARD = 'board';

/** The board's stylesheets, written into board.html (scripts/inline-styles.ts); the files are not shipped. */
const inlineBoardStyles = (): PluginOption => ({
  name: 'credit-lens:inline-board-styles',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler(html, context) {
      const bundle = context.bundle as OutputBundle | undefined;
      if (!bundle) return html;
      // The bundle is keyed by file name; the page names a file by its path from the root.
      const asset = (href: string): OutputAsset | undefined => {
        const file = href.startsWith('/') ? bundle[href.slice(1)] : undefined;
        return file?.type === 'asset' ? file : undefined;
      };
      const result = inlineStylesheets(html, (href) => {
        const file = asset(href);
        if (!file) return null;
        return typeof file.source === 'string' ? file.source : new TextDecoder().decode(file.source);
      });
      for (const href of result.inlined) delete bundle[href.slice(1)];
      return result.html;
    },
  },
});

export default defineWxtModule((wxt) => {
  // WXT builds every HTML page in one group; the board leaves it for a group of its own.
  wxt.hooks.hook('entrypoints:grouped', (_, groups) => {
    for (const group of groups) {
      if (!Array.isArray(group)) continue;
      const at = group.findIndex((entry) => entry.name === BOARD);
      if (at < 0 || group.length === 1) continue;
      groups.push(group.splice(at, 1));
      return;
    }
  });
  wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
    if (entrypoints.length !== 1 || entrypoints[0]?.name !== BOARD) return;
    config.plugins = [...(config.plugins ?? []), inlineBoardStyles()];
  });
});
