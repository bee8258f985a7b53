import { describe, expect, it } from 'vitest';
import { ACCOUNT, reading } from '../hints/testing';
import { showRequest } from '../messages';
import { PageSummary } from '../messages-schema';
import { answerPageSummary, summaryOf } from './page-summary';

describe("answering the popup's page-summary request", () => {
  it('answers with the account and the reading, in the shape the popup validates', () => {
    const answer = answerPageSummary({ type: 'credit-lens/page-summary' }, () => summaryOf(reading(), null), () => true);
    expect(PageSummary.safeParse(answer).success).toBe(true);
    expect(answer).toMatchObject({ accountId: ACCOUNT });
  });

  it('answers a step on the page with whether its element was there, without working out a summary', () => {
    const summary = () => {
      throw new Error('a step needs no summary');
    };
    const step = { type: 'show-on-page', selector: '#row' } as const;
    const taken: unknown[] = [];
    expect(answerPageSummary(showRequest(step), summary, (action) => (taken.push(action), false))).toBe(false);
    expect(answerPageSummary(showRequest(step), summary, () => true)).toBe(true);
    expect(taken).toEqual([step]);
  });

  it('leaves other messages to other listeners', () => {
    expect(answerPageSummary({ type: 'credit-lens/notes-op' }, () => summaryOf(null, null), () => true)).toBeUndefined();
    expect(answerPageSummary('credit-lens/page-summary', () => summaryOf(null, null), () => true)).toBeUndefined();
  });

  it("names the account from the URL while the page's reading is not ready", () => {
    expect(summaryOf(null, `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}`)).toEqual({ accountId: ACCOUNT, reading: null });
    expect(summaryOf(null, 'https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000042')).toEqual({ accountId: null, reading: null });
  });
});
