import { describe, expect, it } from 'vitest';
import { ACCOUNT, offer, reading } from '../hints/testing';
import { DEFAULT_SETTINGS, EMPTY_NOTES, type Observation, type StoredNotes } from '../notes/schema';
import { NO_PENDING, accountObservations, effectiveSettings, hostOf, overlayView, settlePending } from './overlay-view';

const NOW = new Date('2026-11-24T09:30:00.000Z');
const observed = (at: string, spendSoFar: string): Observation => ({ at, accountId: ACCOUNT, currency: 'USD', spendSoFar, creditBalance: null, cashBalance: null, accountBalance: null });
const stored = (overrides: Partial<StoredNotes> = {}): StoredNotes => ({ notes: EMPTY_NOTES, settings: DEFAULT_SETTINGS, observations: {}, ...overrides });
const page = reading({ spendSoFar: '520.00', couponEntry: { kind: 'field', selector: '#code', confidence: 0.9, signals: [], label: 'Promo code' } });

describe('what the overlay shows', () => {
  it('shows the hints, most urgent first, and counts the dismissed ones', () => {
    const notes = stored({ notes: { ...EMPTY_NOTES, offers: [offer()] }, settings: { ...DEFAULT_SETTINGS, dismissedHints: ['coupon-entry:page:field'] } });
    const view = overlayView({ reading: page, url: page.url, stored: notes, recorded: [], pending: NO_PENDING, typedCode: null }, NOW);
    expect(view.on).toBe(true);
    expect(view.hints.map((hint) => hint.kind)).toContain('coupon-entry');
    expect(view.shown.map((hint) => hint.kind)).not.toContain('coupon-entry');
    expect(view.shown.map((hint) => hint.kind)).toContain('credit-status');
    expect(view.dismissedCount).toBe(1);
  });

  it('marks the page\'s values for the hints shown, and none once the user turned marks off', () => {
    const withCredit = reading({ ...page, creditBalance: '0.00', amounts: [{ role: 'creditBalance', value: '0.00', currency: 'USD', label: 'Ad credit', text: '$0.00' }] });
    const inputs = { reading: withCredit, url: page.url, recorded: [observed('2026-11-23T09:30:00.000Z', '520.00')], pending: NO_PENDING, typedCode: null };
    const on = overlayView({ ...inputs, stored: stored({ notes: { ...EMPTY_NOTES, offers: [offer()] } }) }, NOW);
    expect(on.marks.map((mark) => mark.kind)).toEqual(['balance']);
    const off = overlayView({ ...inputs, stored: stored({ notes: { ...EMPTY_NOTES, offers: [offer()] }, settings: { ...DEFAULT_SETTINGS, showMarks: false } }) }, NOW);
    expect(off.marks).toEqual([]);
    expect(off.shown.map((hint) => hint.kind)).toContain('credit-status');
  });

  it('is off on Business Center when the user turned it off there, and on in Ads Manager', () => {
    const notes = stored({ settings: { ...DEFAULT_SETTINGS, overlayOn: { ads: true, business: false } } });
    const inputs = { reading: page, stored: notes, recorded: [], pending: NO_PENDING, typedCode: null };
    expect(overlayView({ ...inputs, url: 'https://business.tiktok.com/manage/payment/v2?aadvid=1' }, NOW).on).toBe(false);
    expect(overlayView({ ...inputs, url: page.url }, NOW).on).toBe(true);
  });

  it('on an unknown route in the Finance area, shows nothing until the page reads as a Billing page', () => {
    const url = 'https://ads.tiktok.com/i18n/account/balance_overview?aadvid=7234567890123456789';
    const inputs = { url, stored: null, recorded: [], pending: NO_PENDING, typedCode: null };
    expect(overlayView({ ...inputs, reading: null }, NOW).on).toBe(false);
    expect(overlayView({ ...inputs, reading: reading({ url, pageKind: 'other', pageKindConfidence: 'low' }) }, NOW).on).toBe(false);
    expect(overlayView({ ...inputs, reading: reading({ url, pageKind: 'payment', pageKindConfidence: 'low' }) }, NOW).on).toBe(true);
    // A known Finance route shows the overlay from the start, before its first reading.
    expect(overlayView({ ...inputs, url: page.url, reading: null }, NOW).on).toBe(true);
  });

  it('works before notes have loaded, with the defaults', () => {
    const view = overlayView({ reading: page, url: page.url, stored: null, recorded: [], pending: NO_PENDING, typedCode: null }, NOW);
    expect(view.on).toBe(true);
    expect(view.minimised).toBe(false);
    expect(view.shown.map((hint) => hint.kind)).toContain('coupon-entry');
  });

  it('passes what the user types to the rules', () => {
    const view = overlayView({ reading: page, url: page.url, stored: null, recorded: [], pending: NO_PENDING, typedCode: 'WELCOME 2026' }, NOW);
    expect(view.hints.map((hint) => hint.kind)).toContain('code-typing');
  });

  it('tells the host from the URL; anything odd counts as Ads Manager', () => {
    expect(hostOf('https://business.tiktok.com/manage/billing/v2')).toBe('business');
    expect(hostOf('https://ads.tiktok.com/i18n/account/payment')).toBe('ads');
    expect(hostOf('not a url')).toBe('ads');
  });
});

describe('changes sent to storage and not yet echoed', () => {
  it('a dismissal, a restore and minimising show at once', () => {
    const settings = { ...DEFAULT_SETTINGS, dismissedHints: ['old'] };
    const effective = effectiveSettings(settings, { dismissed: ['new'], restored: ['old'], minimised: true });
    expect(effective.dismissedHints).toEqual(['new']);
    expect(effective.overlayMinimised).toBe(true);
  });

  it('are forgotten once storage says the same, and kept until then', () => {
    const pending = { dismissed: ['a', 'b'], restored: ['x'], minimised: true };
    const echoed = settlePending(pending, { ...DEFAULT_SETTINGS, dismissedHints: ['a', 'x'], overlayMinimised: true });
    expect(echoed).toEqual({ dismissed: ['b'], restored: ['x'], minimised: null });
  });

  it("this tab's recorded observations count once, alongside the stored ones", () => {
    const notes = stored({ observations: { [ACCOUNT]: [observed('2026-11-24T08:00:00.000Z', '400.00')] } });
    const recorded = [observed('2026-11-24T08:00:00.000Z', '400.00'), observed('2026-11-24T09:00:00.000Z', '520.00')];
    expect(accountObservations(notes, recorded, ACCOUNT).map((o) => o.spendSoFar)).toEqual(['400.00', '520.00']);
    expect(accountObservations(notes, recorded, null)).toEqual([]);
  });
});
