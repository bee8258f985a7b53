import type { Theme } from '../../../lib/overlay/theme';
import type { SessionScope } from '../../../lib/overlay/scope';
import { pageTheme } from '../page-theme';

/**
 * Light or dark, to match the page behind the overlay: judged again when the page is read anew, when
 * the overlay mounts, and when the system's colour scheme changes (`changed` then redraws).
 */
export class ThemeFollower {
  theme: Theme = 'light';

  constructor(
    private readonly document: Document,
    private readonly ownHost: () => Element | null,
    scope: SessionScope,
    changed: () => void,
  ) {
    const query = document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    scope.addEventListener(query, 'change', () => {
      this.update();
      changed();
    });
  }

  update(): void {
    this.theme = pageTheme(this.document, this.ownHost());
  }
}
