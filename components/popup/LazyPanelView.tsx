import type { ComponentProps } from 'preact';
import type { PanelView } from './PanelView';
import { msg } from '../../lib/i18n/message';
import { lazyComponent } from './lazy';

/** Forms and guides open on demand; they are preloaded once the lists have painted. */
export const LazyPanelView = lazyComponent<ComponentProps<typeof PanelView>>(
  () => import('./PanelView').then((module) => module.PanelView),
  { loading: msg('popup.panelLoading'), failed: msg('popup.panelFailed') },
);
