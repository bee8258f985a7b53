import { describe, expect, it } from 'vitest';
import { reading } from '../hints/testing';
import { DEFAULT_SETTINGS, EMPTY_NOTES } from '../notes/schema';
import { NO_PENDING, type OverlayView } from '../overlay/overlay-view';
import { SessionHints } from './hints';
import type { NotesSync } from './notes-sync';
import { ObservationLog } from './observations';
import type { PageReading } from './reading';
import { testScope } from '../overlay/test-scope';

const page = reading({ couponEntry: { kind: 'field', selector: '#code', confidence: 0.9, signals: [], label: 'Promo code' } });
const pageReading = { reading: page, url: page.url } as PageReading;
const notesOf = (dismissedHints: string[]) =>
  ({ loaded: true, pending: NO_PENDING, stored: { notes: EMPTY_NOTES, settings: { ...DEFAULT_SETTINGS, dismissedHints }, observations: {} } }) as NotesSync;

function hintsFor(notes: NotesSync) {
  const shown: OverlayView[] = [];
  const session = testScope();
  const hints = new SessionHints(session.scope, pageReading, notes, new ObservationLog(), (view) => shown.push(view));
  return { hints, shown, end: () => session.scope.close() };
}

describe('the hints of a session', () => {
  it('shows the hints for the page and the notes', () => {
    const { hints, shown } = hintsFor(notesOf([]));
    hints.refresh();
    expect(shown).toHaveLength(1);
    expect(shown[0]!.shown.map((hint) => hint.kind)).toContain('coupon-entry');
  });

  it('passes what the user types to the rules, once per change', () => {
    const { hints, shown } = hintsFor(notesOf([]));
    hints.typed('WELCOME 2026');
    hints.typed('WELCOME 2026');
    expect(shown).toHaveLength(1);
    expect(shown[0]!.hints.map((hint) => hint.kind)).toContain('code-typing');
  });

  it('names the dismissed hints this page would show, for "show dismissed"', () => {
    const { hints } = hintsFor(notesOf(['coupon-entry:page:field', 'gone:old']));
    hints.refresh();
    expect(hints.dismissedIds()).toEqual(['coupon-entry:page:field']);
  });

  it('shows nothing once the session ended', () => {
    const { hints, shown, end } = hintsFor(notesOf([]));
    end();
    hints.refresh();
    expect(shown).toEqual([]);
  });
});
