/** For the board's component tests (happy-dom). */
import { act } from 'preact/test-utils';

/**
 * Past the frame that showed a first paint and the task after it (use-painted.ts), counted in frames
 * and tasks rather than by the clock: a 50 ms wait fell short on a busy machine. Preact's effects wait
 * a frame, usePainted a frame and a task, and the render it asks for one more task.
 */
export const afterPaint = () =>
  act(async () => {
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  });
