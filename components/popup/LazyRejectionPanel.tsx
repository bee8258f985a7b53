import type { ComponentProps } from 'preact';
import type RejectionPanelType from './RejectionPanel';
import { msg } from '../../lib/i18n/message';
import { lazyComponent } from './lazy';

/**
 * The rejection checklist: it ranks a noted message that may be in any language, so it loads with the
 * lexicon in all 18 (each language its own chunk, lib/lexicon/packs.ts) the first time it is opened.
 */
export const LazyRejectionPanel = lazyComponent<ComponentProps<typeof RejectionPanelType>>(
  async () => {
    const [panel, lexicon] = await Promise.all([import('./RejectionPanel'), import('../../lib/lexicon')]);
    await lexicon.loadLanguages(lexicon.LANGUAGE_CODES);
    return panel.default;
  },
  { loading: msg('popup.checklistLoading'), failed: msg('popup.checklistFailed') },
);
