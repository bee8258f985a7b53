import { useEffect, useState } from 'preact/hooks';

/**
 * Whether what the component drew (once `drawn`) has been painted: true from the task after the frame
 * that showed it, false again while it draws nothing. Preact runs effects after the next frame, but no
 * later than 35 ms after the render when no frame has come (a busy machine), and before the component
 * renders again; work held back until the paint would then be drawn in the first frame after all. A
 * frame callback, then a task, comes after that frame's paint.
 */
export function usePainted(drawn = true): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    setPainted(false);
    if (!drawn) return;
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (task = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [drawn]);
  return painted;
}
