/**
 * Which time zone to work in. Below the calendar (lib/credit/calendar.ts) and the message lookup
 * (lib/i18n/translate.ts), which both take a zone from notes, a page or a test that may be anything.
 */

/**
 * `timeZone` when Intl knows it, else UTC: an unknown zone must not cost the user their hints.
 */
export function usableTimeZone(timeZone: string | null | undefined): string {
  if (typeof timeZone !== 'string' || !timeZone) return 'UTC';
  let known = zoneKnown.get(timeZone);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      known = true;
    } catch {
      known = false;
    }
    if (zoneKnown.size > 100) zoneKnown.clear();
    zoneKnown.set(timeZone, known);
  }
  return known ? timeZone : 'UTC';
}
// Asked once per zone: building a DateTimeFormat to try a zone costs more than the date arithmetic
// it guards, and a board of 1,000 items asks for every date it works out.
const zoneKnown = new Map<string, boolean>();
