import type { ComponentProps } from 'preact';
import type RejectionPanelType from './RejectionPanel';
import { msg } from '../../lib/i18n/message';
import { lazyComponent } from './lazy';

/** The rejection checklist: it needs the lexicon, so it loads the first time it is opened. */
export const LazyRejectionPanel = lazyComponent<ComponentProps<typeof RejectionPanelType>>(
  () => import('./RejectionPanel').then((module) => module.default),
  { loading: msg('popup.checklistLoading'), failed: msg('popup.checklistFailed') },
);
