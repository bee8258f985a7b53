import type { ComponentProps } from 'preact';
import type { PanelView } from './PanelView';
import { lazyComponent } from './lazy';

/** Forms and guides open on demand; they are preloaded once the lists have painted. */
export const LazyPanelView = lazyComponent<ComponentProps<typeof PanelView>>(
  () => import('./PanelView').then((module) => module.PanelView),
  { loading: 'Opening…', failed: 'This form could not be opened. Close the popup and try again.' },
);
