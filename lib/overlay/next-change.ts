/**
 * When will the hints next mean something else (a 48 h window ends, a code's 14 days run out, credit
 * starts expiring)? The rules are pure functions of `now`, so the answer is found by asking them about
 * later instants rather than by duplicating each rule's deadlines here. The content script sets one
 * timer for that instant instead of polling.
 */
import { DAY_MS, HOUR_MS } from '../credit/values';

/** setTimeout cannot wait longer than 2^31 - 1 ms (about 24.8 days). */
export const MAX_TIMER_MS = 2 ** 31 - 1;

// Hour steps over the windows that matter most (48 h processing, 72 h), then day steps.
const FINE_SPAN = 72 * HOUR_MS;

/**
 * The first instant after `now` (to the millisecond) at which `signatureAt` differs from its value at
 * `now`, looking no further than `horizonMs`; null when nothing changes within it. A change that
 * reverts within one step is missed: rule states move forward in time, so that does not happen.
 */
export function nextChangeAt(signatureAt: (at: Date) => string, now: Date, horizonMs = MAX_TIMER_MS): Date | null {
  const start = now.getTime();
  const base = signatureAt(now);
  const differs = (ms: number) => signatureAt(new Date(ms)) !== base;
  const end = start + horizonMs;

  let previous = start;
  let found: number | null = null;
  for (let at = start + HOUR_MS; found === null && previous < end; at += at - start < FINE_SPAN ? HOUR_MS : DAY_MS) {
    const probe = Math.min(at, end);
    if (differs(probe)) found = probe;
    else previous = probe;
  }
  if (found === null) return null;

  // Hour steps inside a day step, then halve down to the millisecond.
  if (found - previous > HOUR_MS) {
    for (let at = previous + HOUR_MS; at < found; at += HOUR_MS) {
      if (differs(at)) {
        found = at;
        break;
      }
      previous = at;
    }
  }
  let low = previous;
  let high = found;
  while (high - low > 1) {
    const middle = low + Math.floor((high - low) / 2);
    if (differs(middle)) high = middle;
    else low = middle;
  }
  return new Date(high);
}
