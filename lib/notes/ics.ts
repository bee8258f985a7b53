/**
 * The calendar export (RFC 5545): every deadline as an event the user's calendar can remind about.
 * Text from the notes is the user's or a page's, so it is escaped and stripped of control characters;
 * a code named "X\r\nBEGIN:VEVENT" stays one line of one event.
 */
import { msg } from '../i18n/message';
import type { Translator } from '../i18n/translate';
import { paymentPageUrl } from '../reader/page-kind';
import { deadlineDetail, linesText } from './deadline-text';
import { deadlinesOf, type Deadline, type DeadlineOptions } from './deadlines';
import type { NotesDoc, ObservationsByAccount } from './schema';
import { addDays } from '../credit/calendar';

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values: backslash, semicolon, comma and line breaks are escaped; other controls removed. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** Lines longer than 75 octets continue on the next line after one space, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_LINE_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const basicDate = (isoDate: string) => isoDate.replaceAll('-', '');
const basicDateTime = (instant: Date) => instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

function event(deadline: Deadline, notes: NotesDoc, stamp: string, t: Translator): string[] {
  const when = deadline.date
    ? [`DTSTART;VALUE=DATE:${basicDate(deadline.date)}`, `DTEND;VALUE=DATE:${basicDate(addDays(deadline.date, 1))}`]
    : [`DTSTART:${basicDateTime(deadline.at)}`];
  const url = paymentPageUrl(deadline.accountId);
  return [
    'BEGIN:VEVENT',
    // Stable per item and kind, so re-importing the calendar updates events instead of duplicating them.
    `UID:${escapeText(`${deadline.kind}.${deadline.subject.type}.${deadline.subject.id}`)}@credit-lens`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeText(t.t(deadline.title))}`,
    `DESCRIPTION:${escapeText(linesText(t, deadlineDetail(deadline, notes)))}`,
    // The notes keep only advertiser ids, so every event has its link; a stray id gets none rather than a broken one.
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

/** The calendar, worded by `t` (the options page's language). */
export function toIcs(notes: NotesDoc, observations: ObservationsByAccount, now: Date, opts: DeadlineOptions & { t: Translator }): string {
  const stamp = basicDateTime(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Credit Lens//Ad credit notes//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(opts.t.t(msg('deadline.calendarName')))}`,
    ...deadlinesOf(notes, observations, now, opts).flatMap((deadline) => event(deadline, notes, stamp, opts.t)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
