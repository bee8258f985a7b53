import type { ComponentProps } from 'preact';
import type RejectionPanelType from './RejectionPanel';
import { lazyComponent } from './lazy';

/** The rejection checklist: it needs the lexicon, so it loads the first time it is opened. */
export const LazyRejectionPanel = lazyComponent<ComponentProps<typeof RejectionPanelType>>(
  () => import('./RejectionPanel').then((module) => module.default),
  { loading: 'Opening the checklist…', failed: 'The checklist could not be opened. Close the popup and try again.' },
);
