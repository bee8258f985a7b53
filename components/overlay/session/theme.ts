import type { Theme } from '../../../lib/overlay/theme';
import type { SessionScope } from '../../../lib/overlay/scope';
import { pageTheme } from '../page-theme';

/**
 * Light or dark, to match the page behind the overlay: judged again when the page is read anew, when
 * the overlay mounts, and when the system's colour scheme changes (`changed` then redraws).
 */
export class ThemeFollower {
  theme: Theme = 'light';

  readonly #document: Document;
  readonly #ownHost: () => Element | null;

  constructor(
    document: Document,
    ownHost: () => Element | null,
    scope: SessionScope,
    changed: () => void,
  ) {
    this.#document = document;
    this.#ownHost = ownHost;
    const query = document.defaultView?.matchMedia?.('(prefers-color-scheme: dark)');
    if (!query) return;
    scope.addEventListener(query, 'change', () => {
      this.update();
      changed();
    });
  }

  update(): void {
    this.theme = pageTheme(this.#document, this.#ownHost());
  }
}
