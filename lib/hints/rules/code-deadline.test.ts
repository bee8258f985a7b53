import { describe, expect, it } from 'vitest';
import { ACCOUNT, OTHER_ACCOUNT, code, input, notes, reading, english } from '../testing';
import { codeDeadlineHints as computeCodeDeadlineHints } from './code-deadline';

const codeDeadlineHints = english(computeCodeDeadlineHints);

const hintAt = (now: string, saved = code(), page = reading()) => codeDeadlineHints(input({ now: new Date(now), reading: page, notes: notes({ codes: [saved] }) }))[0];

describe('code-deadline hints', () => {
  // Received Mar 1: activate by Mar 15 (the whole day, UTC).
  it('is calm while the activation deadline is more than a week away', () => {
    expect(hintAt('2026-03-02T00:00:00Z')).toMatchObject({ state: 'waiting', severity: 'info', title: 'Activate WELCOME2026 by Mar 15, 2026 (13 days left)' });
  });

  it('warns within a week of the 14-day activation deadline', () => {
    expect(hintAt('2026-03-10T12:00:00Z')).toMatchObject({ state: 'activate-soon', severity: 'warning', id: 'code-deadline:code-1:activate-soon' });
  });

  it('is critical on the last day', () => {
    expect(hintAt('2026-03-15T08:00:00Z')).toMatchObject({ state: 'activate-within-a-day', severity: 'critical' });
    expect(hintAt('2026-03-15T08:00:00Z')!.title).toContain('less than a day left');
  });

  it('says the activation window passed from the day after on, and on which day it ended', () => {
    expect(hintAt('2026-03-16T00:00:00Z')).toMatchObject({
      state: 'activation-window-passed',
      severity: 'warning',
      title: 'The window to activate WELCOME2026 ended on Mar 15, 2026',
    });
    expect(hintAt('2026-03-20T00:00:00Z', code({ activateBy: '2026-03-18' }))!.title).toBe('The window to activate WELCOME2026 ended on Mar 18, 2026');
  });

  it('uses the saved activate-by date over the 14-day default', () => {
    const saved = code({ activateBy: '2026-04-30' });
    expect(hintAt('2026-03-20T00:00:00Z', saved)).toMatchObject({ state: 'waiting' });
    expect(hintAt('2026-03-20T00:00:00Z', saved)!.facts).toContainEqual({ label: 'Activate by', value: 'Apr 30, 2026' });
  });

  it('follows the expiry when it comes before the activation deadline', () => {
    const saved = code({ expiresOn: '2026-03-05' });
    expect(hintAt('2026-03-03T00:00:00Z', saved)).toMatchObject({ state: 'expires-soon', title: 'WELCOME2026 expires on Mar 5, 2026 (2 days left)' });
    expect(hintAt('2026-03-06T00:00:00Z', saved)).toMatchObject({ state: 'expired', severity: 'info' });
  });

  it('offers to show the field on a page that has one, and links to Finance > Payment otherwise', () => {
    const field = reading({ couponEntry: { kind: 'field', selector: 'input', confidence: 0.9, signals: [], label: null } });
    expect(hintAt('2026-03-10T00:00:00Z', code(), field)!.nextStep?.action).toEqual({ type: 'scroll-to-coupon-entry' });
    expect(hintAt('2026-03-10T00:00:00Z')!.nextStep?.action).toEqual({ type: 'open-url', url: `https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT}` });
  });

  it('offers the code itself to copy wherever it says to enter it, and not once it has expired', () => {
    const field = reading({ couponEntry: { kind: 'field', selector: 'input', confidence: 0.9, signals: [], label: null } });
    const saved = code({ code: 'SPRING-0O1', expiresOn: '2026-03-05' });
    expect(hintAt('2026-03-03T00:00:00Z', saved, field)!.nextStep?.code).toBe('SPRING-0O1');
    expect(hintAt('2026-03-03T00:00:00Z', saved)!.nextStep?.code).toBe('SPRING-0O1');
    expect(hintAt('2026-03-06T00:00:00Z', saved)!.nextStep).toBeNull();
  });

  it('skips applied and rejected codes and codes of other accounts', () => {
    const codes = [code({ status: 'applied' }), code({ status: 'rejected' }), code({ accountId: OTHER_ACCOUNT })];
    expect(codeDeadlineHints(input({ notes: notes({ codes }) }))).toEqual([]);
  });

  it('survives a code with a malformed received date', () => {
    expect(hintAt('2026-03-10T00:00:00Z', code({ receivedOn: '2026-13-45' }))).toMatchObject({ state: 'waiting', title: 'WELCOME2026 is waiting to be activated' });
  });
});
