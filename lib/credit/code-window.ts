/**
 * The two clocks every promo code runs on: activate within 14 days of receiving it (or by the date
 * the notes give), and the code's own expiry. The hints (typing, deadline, rejection) and the
 * deadlines list (badge, reminders, calendar) both ask here.
 */
import { endOfDay, isoDay, parseDay } from './calendar';
import { CODE_ACTIVATION_DAYS, type CodeDates } from './terms';
import { DAY_MS } from './values';

/** Last day to activate (`YYYY-MM-DD`): the saved date, else received + 14 days; null when neither is a real date. */
function activationDeadlineOf(code: Pick<CodeDates, 'activateBy' | 'receivedOn'>): string | null {
  if (parseDay(code.activateBy)) return code.activateBy;
  const received = parseDay(code.receivedOn);
  return received ? isoDay(new Date(received.getTime() + CODE_ACTIVATION_DAYS * DAY_MS)) : null;
}

export interface CodeClock {
  /** Last day to activate (`YYYY-MM-DD`): the saved date, else received + 14 days. */
  activateBy: string | null;
  activateByFromNotes: boolean;
  /** The instant the activation window closes: the end of `activateBy` in the user's time zone. */
  activationEnds: Date | null;
  expiresOn: string | null;
  expiresAt: Date | null;
}

// A code's deadlines and its state both read its clock (the board asks both of every code as it opens);
// the last answer per code is kept, by identity, as stored codes are replaced, never changed in place.
const clocks = new WeakMap<CodeDates, { timeZone: string; clock: CodeClock }>();

export function codeClock(code: CodeDates, timeZone: string): CodeClock {
  const last = clocks.get(code);
  if (last && last.timeZone === timeZone) return last.clock;
  const activateBy = activationDeadlineOf(code);
  const expiresAt = endOfDay(code.expiresOn, timeZone);
  const clock: CodeClock = {
    activateBy,
    activateByFromNotes: parseDay(code.activateBy) !== null,
    activationEnds: endOfDay(activateBy, timeZone),
    expiresOn: expiresAt ? code.expiresOn : null,
    expiresAt,
  };
  clocks.set(code, { timeZone, clock });
  return clock;
}

export interface CodeTiming {
  clock: CodeClock;
  expired: boolean;
  /** Only an unused code can miss its activation window. */
  windowPassed: boolean;
}

export function codeTiming(code: CodeDates, now: Date, timeZone: string): CodeTiming {
  const clock = codeClock(code, timeZone);
  const t = now.getTime();
  return {
    clock,
    expired: clock.expiresAt !== null && t >= clock.expiresAt.getTime(),
    windowPassed: code.status === 'unused' && clock.activationEnds !== null && t >= clock.activationEnds.getTime(),
  };
}

/**
 * Whether a code may still be entered in Ads Manager, which is what a Copy beside it is for (the popup,
 * the board, the overlay's typing cards; its expired card offers no step either): not applied and not
 * expired. A missed activation window does not rule it out: the window is often our estimate
 * (`activateByFromNotes`), and the overlay still shows where to enter it.
 */
export const mayStillEnter = (code: CodeDates, timing: CodeTiming): boolean => code.status !== 'applied' && !timing.expired;
