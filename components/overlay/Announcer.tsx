import { useEffect, useRef, useState } from 'preact/hooks';
import { msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import type { Hint } from '../../lib/hints/types';

/**
 * Tells screen readers about critical hints as they appear (each once), without moving focus. The
 * region exists from the start: live regions added together with their text are often not announced.
 */
export function Announcer({ hints }: { hints: readonly Hint[] }) {
  const t = useT();
  const announced = useRef(new Set<string>());
  const [text, setText] = useState('');
  useEffect(() => {
    const fresh = hints.filter((hint) => hint.severity === 'critical' && !announced.current.has(hint.id));
    if (fresh.length === 0) return;
    for (const hint of fresh) announced.current.add(hint.id);
    setText(t.t(msg('overlay.announce', { titles: { list: fresh.map((hint) => ({ msg: hint.title })) } })));
  }, [hints]);
  return (
    <div class="visually-hidden" role="alert" aria-live="assertive" aria-atomic="true" data-testid="announcer">
      {text}
    </div>
  );
}
