/**
 * Loads the misread module (./lazy.ts, built as `misread.js` beside the Billing module) through the
 * loader's importer (lib/handover.ts). Without the loader (unit tests, which import ./lazy.ts's parts
 * directly) it fails.
 */
import { chunkLoader } from '../../lib/handover';

const misread = chunkLoader<typeof import('./lazy')>('misread.js');

export const loadMisread = misread.load;
