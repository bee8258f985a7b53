import { useEffect, useState } from 'preact/hooks';

/**
 * Whether the component's first render has been painted: true from the task after the frame that
 * showed it. Preact runs effects after the next frame, but no later than 35 ms after the render when
 * no frame has come (a busy machine), and before the component renders again; work held back until
 * the paint would then be drawn in the first frame after all. A frame callback, then a task, comes
 * after that frame's paint.
 */
export function usePainted(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (task = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, []);
  return painted;
}
