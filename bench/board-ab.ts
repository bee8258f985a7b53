/**
 * The board's first-paint row for two builds in one run (`tsx bench/board-ab.ts <before-dir> <after-dir>`,
 * each a built `chrome-mv3` folder): a change to the first paint is judged on ratios taken minutes
 * apart on the same machine, each against an empty page of its own build. The builds take turns, three
 * rounds each, so a busy spell of the shared machine falls on both.
 */
import { resolve } from 'node:path';
import { measureBoardFirstPaint } from './board';
import { median } from './first-paint';

const [before, after] = process.argv.slice(2).map((dir) => resolve(dir));
if (!before || !after) throw new Error('usage: tsx bench/board-ab.ts <before chrome-mv3 dir> <after chrome-mv3 dir>');
const ratios: Record<'before' | 'after', number[]> = { before: [], after: [] };
for (let round = 0; round < 3; round++) {
  for (const [side, dir] of [['before', before], ['after', after]] as const) {
    const [row] = await measureBoardFirstPaint({ dir, repeats: 7 });
    ratios[side].push(row!.value);
    console.log(`round ${round + 1} ${side}: ${row!.value} x - ${row!.detail}`);
  }
}
console.log(`median ratio to an empty page: before ${median(ratios.before)} x, after ${median(ratios.after)} x (target <= 2)`);
