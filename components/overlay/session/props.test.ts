import { describe, expect, it, vi } from 'vitest';
import type { Hint } from '../../../lib/hints/types';
import { reading } from '../../../lib/hints/testing';
import { DEFAULT_SETTINGS } from '../../../lib/notes/schema';
import type { OverlayView } from '../../../lib/overlay/overlay-view';
import type { NotesSync } from '../../../lib/session/notes-sync';
import type { PageReading } from '../../../lib/session/reading';
import type { CouponTargetTracker } from '../outline-tracker';
import { overlayActions, overlayProps, pageStep, showOnPage } from './props';

const page = { reading: reading(), reads: 2, error: null } as PageReading;
const tracker = { scrollIntoView: vi.fn() } as unknown as CouponTargetTracker;
const hint = (kind: string, id = kind) => ({ kind, id }) as unknown as Hint;
const view = (shown: Hint[], hints = shown): OverlayView => ({ on: true, minimised: false, hints, shown, dismissedCount: hints.length - shown.length, marks: [], settings: DEFAULT_SETTINGS, failure: null });
const look = { dockEdge: 'left' as const, theme: 'dark' as const };

describe('what the session hands the overlay', () => {
  it('outlines the coupon entry only while its hint is shown', () => {
    const actions = overlayActions({} as NotesSync, () => [], tracker);
    expect(overlayProps(page, view([hint('coupon-entry')]), look, tracker, actions).outline).toBe(tracker);
    expect(overlayProps(page, view([], [hint('coupon-entry')]), look, tracker, actions).outline).toBeNull();
  });

  it('before the first hints, shows the reading with no cards', () => {
    const props = overlayProps(page, null, look, tracker, overlayActions({} as NotesSync, () => [], tracker));
    expect(props).toMatchObject({ reading: page.reading, reads: 2, hints: [], dismissedCount: 0, minimised: false, outline: null, dockEdge: 'left', theme: 'dark' });
  });

  it("sends the user's dismissals, restores and minimising to the notes", () => {
    const notes = { dismiss: vi.fn(), restore: vi.fn(), setMinimised: vi.fn() } as unknown as NotesSync;
    const actions = overlayActions(notes, () => ['a', 'b'], tracker);
    actions.dismiss(hint('credit-status', 'credit-status:o1:pending'));
    actions.restoreDismissed();
    actions.setMinimised(true);
    actions.showCouponEntry();
    expect(notes.dismiss).toHaveBeenCalledWith('credit-status:o1:pending');
    expect(notes.restore).toHaveBeenCalledWith(['a', 'b']);
    expect(notes.setMinimised).toHaveBeenCalledWith(true);
    expect(tracker.scrollIntoView).toHaveBeenCalledTimes(1);
  });

  it("brings a promotion's row into view by the reading's selector, and does nothing when it is gone", () => {
    const row = { scrollIntoView: vi.fn(), ownerDocument: null as unknown };
    const page = { querySelectorAll: (selector: string) => (selector === 'tbody > tr:nth-of-type(2)' ? [row] : []), defaultView: null } as unknown as Document;
    row.ownerDocument = page;
    expect(showOnPage(page, 'tbody > tr:nth-of-type(2)')).toBe(true);
    expect(row.scrollIntoView).toHaveBeenCalledWith({ block: 'center', inline: 'nearest', behavior: 'auto' });
    expect(showOnPage(page, 'tbody > tr:nth-of-type(9)')).toBe(false);
  });

  it("takes the popup's steps on the page: the coupon entry by the tracker, a row by its selector, each saying whether it was there", () => {
    const row = { scrollIntoView: vi.fn(), ownerDocument: null as unknown };
    const document = { querySelectorAll: (selector: string) => (selector === '#row' ? [row] : []), defaultView: null } as unknown as Document;
    row.ownerDocument = document;
    const found = { scrollIntoView: vi.fn(() => true) } as unknown as CouponTargetTracker;
    const step = pageStep(document, found);
    expect(step({ type: 'scroll-to-coupon-entry' })).toBe(true);
    expect(found.scrollIntoView).toHaveBeenCalledTimes(1);
    expect(step({ type: 'show-on-page', selector: '#row' })).toBe(true);
    expect(row.scrollIntoView).toHaveBeenCalledTimes(1);
    expect(step({ type: 'show-on-page', selector: '#gone' })).toBe(false);
    expect(found.scrollIntoView).toHaveBeenCalledTimes(1);
  });
});
