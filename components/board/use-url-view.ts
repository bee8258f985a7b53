import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatView, parseView, type BoardView } from '../../lib/board/view';

/**
 * The board's view, mirrored in the page's URL: a bookmark or a reload opens the same board. Each
 * change replaces the history entry (typing a search must not leave one entry per letter).
 */
export function useUrlView(): [BoardView, (next: BoardView) => void] {
  const [view, setViewState] = useState(() => parseView(location.search));
  useEffect(() => {
    const onPop = () => setViewState(parseView(location.search));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const setView = useCallback((next: BoardView) => {
    setViewState(next);
    history.replaceState(history.state, '', `${location.pathname}${formatView(next)}${location.hash}`);
  }, []);
  return [view, setView];
}
