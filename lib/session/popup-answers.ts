import { browser } from 'wxt/browser';
import type { PageAction, PageSummary } from '../messages';
import { answerPageSummary } from '../overlay/page-summary';
import type { SessionScope } from '../overlay/scope';

/**
 * Answers the popup's "what account and reading do you show?" and its steps on the page ("Show me
 * where to enter it") for as long as the session lives, even when the user turned the overlay off.
 * Anything that is not our request is left to other listeners.
 */
export function answerThePopup(scope: SessionScope, summary: () => PageSummary, show: (action: PageAction) => boolean): void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (response: unknown) => void) => {
    const answer = answerPageSummary(message, summary, show);
    // Answered at once, so no `return true` to keep the channel open.
    if (answer !== undefined) sendResponse(answer);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  scope.onClose(() => browser.runtime.onMessage.removeListener(listener));
}
