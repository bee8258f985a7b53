import { resolve } from 'node:path';
import { defineWxtModule } from 'wxt/modules';
import { sharedWithPopup, staticGraph, type ModuleInfo } from '../scripts/page-graph';

/**
 * Keeps the popup's first load in two chunks: its own code, and one chunk of everything it shares with
 * the options page. The pages are built together, and the bundler would otherwise split shared modules
 * by which pages use them; when the board was built with them, that left the popup loading five small
 * chunks that compress worse than one (about 1 KB more, gzipped, over its 40 KB budget). The board is
 * built on its own (modules/board-page.ts).
 */
export const SHARED_CHUNK = 'pages-shared';

export default defineWxtModule((wxt) => {
  wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
    if (!entrypoints.some((entry) => entry.name === 'popup')) return;
    const main = (page: string) => resolve(wxt.config.entrypointsDir, page, 'main.tsx');
    let shared: Set<string> | null = null;
    const name = (id: string, ctx: { getModuleInfo(id: string): ModuleInfo }) => {
      if (!shared) {
        const graph = (page: string) => staticGraph(main(page), (m) => ctx.getModuleInfo(m));
        shared = sharedWithPopup(graph('popup'), [graph('options')]);
        for (const page of ['popup', 'options']) shared.delete(main(page));
      }
      return shared.has(id) ? SHARED_CHUNK : null;
    };
    config.build ??= {};
    const build = config.build as { rolldownOptions?: { output?: object } };
    build.rolldownOptions = { ...build.rolldownOptions, output: { ...build.rolldownOptions?.output, codeSplitting: { groups: [{ name }] } } };
  });
});
