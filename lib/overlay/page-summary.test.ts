import { describe, expect, it } from 'vitest';
import { ACCOUNT, reading } from '../hints/testing';
import { PageSummary } from '../messages-schema';
import { answerPageSummary, summaryOf } from './page-summary';

describe("answering the popup's page-summary request", () => {
  it('answers with the account and the reading, in the shape the popup validates', () => {
    const answer = answerPageSummary({ type: 'credit-lens/page-summary' }, () => summaryOf(reading(), null));
    expect(PageSummary.safeParse(answer).success).toBe(true);
    expect(answer?.accountId).toBe(ACCOUNT);
  });

  it('leaves other messages to other listeners', () => {
    expect(answerPageSummary({ type: 'credit-lens/notes-op' }, () => summaryOf(null, null))).toBeUndefined();
    expect(answerPageSummary('credit-lens/page-summary', () => summaryOf(null, null))).toBeUndefined();
  });

  it("names the account from the URL while the page's reading is not ready", () => {
    expect(summaryOf(null, `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}`)).toEqual({ accountId: ACCOUNT, reading: null });
    expect(summaryOf(null, 'https://business.tiktok.com/manage/payment/v2?org_id=7000000000000000042')).toEqual({ accountId: null, reading: null });
  });
});
