import type { ComponentProps } from 'preact';
import type RejectionPanelType from './RejectionPanel';
import { msg } from '../../lib/i18n/message';
import { lazyComponent } from './lazy';

/**
 * The rejection checklist: it ranks a noted message that may be in any language, so it loads with the
 * lexicon in all 18 (each language its own chunk) the first time it is opened.
 */
export const LazyRejectionPanel = lazyComponent<ComponentProps<typeof RejectionPanelType>>(
  () => import('./RejectionPanel').then(async (module) => (await module.loadAllLanguages(), module.default)),
  { loading: msg('popup.checklistLoading'), failed: msg('popup.checklistFailed') },
);
