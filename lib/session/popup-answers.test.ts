import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing';
import { reading } from '../hints/testing';
import { PAGE_SUMMARY_REQUEST, showRequest, type PageAction } from '../messages';
import { answerThePopup } from './popup-answers';
import { testScope } from '../overlay/test-scope';

// The content script answers through sendResponse, which fakeBrowser's typing of onMessage leaves out.
const deliver = (message: unknown, sendResponse: (answer: unknown) => void) =>
  (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>)(message, {}, sendResponse);

describe("the session answers the popup's question", () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('tells the popup the account and reading this tab shows', async () => {
    const page = reading();
    answerThePopup(testScope().scope, () => ({ accountId: page.accountId, reading: page }), () => true);
    const answers: unknown[] = [];
    await deliver(PAGE_SUMMARY_REQUEST, (answer) => answers.push(answer));
    expect(answers).toEqual([{ accountId: page.accountId, reading: page }]);
  });

  it('takes the step the popup asks for on the page, and says whether its element was there, not found included', async () => {
    const taken: PageAction[] = [];
    answerThePopup(testScope().scope, () => ({ accountId: null, reading: null }), (action) => (taken.push(action), action.type === 'scroll-to-coupon-entry'));
    const answers: unknown[] = [];
    const row: PageAction = { type: 'show-on-page', selector: 'tbody > tr:nth-of-type(2)' };
    await deliver(showRequest({ type: 'scroll-to-coupon-entry' }), (answer) => answers.push(answer));
    await deliver(showRequest(row), (answer) => answers.push(answer));
    // The summary request takes no step.
    await deliver(PAGE_SUMMARY_REQUEST, () => {});
    expect(taken).toEqual([{ type: 'scroll-to-coupon-entry' }, row]);
    expect(answers).toEqual([true, false]);
  });

  it('leaves other messages to other listeners', async () => {
    answerThePopup(testScope().scope, () => ({ accountId: null, reading: null }), () => true);
    const answers: unknown[] = [];
    const results = await deliver({ type: 'something-else' }, (answer) => answers.push(answer));
    // No answer, and nothing that keeps the channel open for one.
    expect(answers).toEqual([]);
    expect(results).toEqual([undefined]);
  });

  it('stops answering when the session ends', async () => {
    const { scope } = testScope();
    answerThePopup(scope, () => ({ accountId: null, reading: null }), () => true);
    scope.close();
    expect(browser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
