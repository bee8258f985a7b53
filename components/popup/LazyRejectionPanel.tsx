import { useEffect, useState } from 'preact/hooks';
import type { ComponentProps, FunctionComponent } from 'preact';
import type RejectionPanelType from './RejectionPanel';

type Props = ComponentProps<typeof RejectionPanelType>;

let loading: Promise<FunctionComponent<Props>> | null = null;
const load = () => (loading ??= import('./RejectionPanel').then((module) => module.default));

/** The rejection checklist, fetched from the extension's own files the first time it is opened. */
export function LazyRejectionPanel(props: Props) {
  const [Panel, setPanel] = useState<FunctionComponent<Props> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let alive = true;
    load().then(
      (component) => alive && setPanel(() => component),
      () => alive && setFailed(true),
    );
    return () => {
      alive = false;
    };
  }, []);
  if (failed) return <p class="notice warn" role="alert">The checklist could not be opened. Close the popup and try again.</p>;
  if (!Panel) return <p class="muted" role="status">Opening the checklist…</p>;
  return <Panel {...props} />;
}
