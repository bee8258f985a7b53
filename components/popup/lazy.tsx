import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';

/**
 * A component fetched from the extension's own files the first time it is shown, so the popup's first
 * paint carries only the lists. `preload()` warms it once the lists are on screen.
 */
export function lazyComponent<Props extends object>(
  load: () => Promise<FunctionComponent<Props>>,
  texts: { loading: string; failed: string },
): FunctionComponent<Props> & { preload(): void; ready(): Promise<unknown> } {
  let loading: Promise<FunctionComponent<Props>> | null = null;
  const once = () => (loading ??= load());
  function Lazy(props: Props) {
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
    if (failed) return <p class="notice warn" role="alert">{texts.failed}</p>;
    if (!Component) return <p class="muted" role="status">{texts.loading}</p>;
    return <Component {...props} />;
  }
  Lazy.preload = () => void once().catch(() => undefined);
  Lazy.ready = () => once().catch(() => undefined);
  return Lazy;
}
