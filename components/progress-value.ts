/**
 * What a bar of spend toward a threshold shows: the spend, held within 0 and the threshold; null when
 * there is no bar to draw (no threshold, or no spend known). The popup's and the dock's bar
 * (ProgressBar.tsx) and a mark's (overlay/plain/progress.ts) draw the same bar in two ways.
 */
export function barValue(current: number, target: number): number | null {
  return target > 0 && Number.isFinite(current) ? Math.max(0, Math.min(current, target)) : null;
}
