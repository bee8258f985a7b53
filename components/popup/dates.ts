/**
 * Between `<input type="date">` / `datetime-local` values (the user's local calendar) and what the
 * notes store: IsoDate for calendar days, an ISO moment with offset for instants.
 */
import { msg } from '../../lib/i18n/message';
import { localDay, utcDayOf } from '../../lib/iso-day';
import type { FieldErrors } from './form-errors';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A date field as typed (`<input type="date">` gives YYYY-MM-DD): null when left empty; a day the
 * calendar has, read as the notes' dates are (lib/iso-day.ts), or null with "pick a date" put on its
 * field.
 */
export function dayInput<Field extends string>(typed: string, field: Field, errors: FieldErrors<Field>): string | null {
  const value = typed.trim();
  if (value === '') return null;
  if (utcDayOf(value) !== null) return value;
  errors[field] = msg('form.pickDate');
  return null;
}

/** The start of a local calendar day, as an instant ("spend from that day counts"). */
export function dayToInstant(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date).toISOString();
}

/** A `datetime-local` value ("2026-11-24T09:30") as an instant; null when it is not one. */
export function localDateTimeToInstant(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(year, month - 1, day, hour, minute);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export function instantToDay(instant: string | null): string {
  if (!instant) return '';
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? '' : localDay(date);
}

export function instantToLocalDateTime(instant: string | null): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return '';
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
