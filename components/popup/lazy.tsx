import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { isMsg, type Msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';

/** A message, or a text already in the surface's language (the board's own words, until they move into the catalogue). */
type Said = Msg | string;

/**
 * A component fetched from the extension's own files the first time it is shown, so the popup's first
 * paint carries only the lists. `preload()` warms it once the lists are on screen.
 */
export function lazyComponent<Props extends object>(
  load: () => Promise<FunctionComponent<Props>>,
  texts: { loading: Said; failed: Said },
): FunctionComponent<Props> & { preload(): void; ready(): Promise<unknown> } {
  let loading: Promise<FunctionComponent<Props>> | null = null;
  const once = () => (loading ??= load());
  function Lazy(props: Props) {
    const t = useT();
    const say = (text: Said) => (isMsg(text) ? t.t(text) : text);
    const [Component, setComponent] = useState<FunctionComponent<Props> | null>(null);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      let alive = true;
      once().then(
        (component) => alive && setComponent(() => component),
        () => alive && setFailed(true),
      );
      return () => {
        alive = false;
      };
    }, []);
    if (failed) return <p class="notice warn" role="alert">{say(texts.failed)}</p>;
    if (!Component) return <p class="muted" role="status">{say(texts.loading)}</p>;
    return <Component {...props} />;
  }
  Lazy.preload = () => void once().catch(() => undefined);
  Lazy.ready = () => once().catch(() => undefined);
  return Lazy;
}
