import { describe, expect, it } from 'vitest';
import { englishTranslator } from '../i18n/node-catalog';
import { escapeText, foldLine, toIcs } from './ics';
import { EMPTY_NOTES, type NotesDoc } from './schema';
import { ACCOUNT_ID, aCode, anAccount, anOffer } from './test-fixtures';

const NOW = new Date('2026-11-24T12:00:00Z');
const UTC = { timeZone: 'UTC', t: englishTranslator('UTC') };
const notes: NotesDoc = {
  ...EMPTY_NOTES,
  accounts: [anAccount()],
  codes: [aCode({ receivedOn: '2026-11-20', expiresOn: '2026-12-31' })],
  offers: [anOffer({ id: 'pending', crossedOn: '2026-11-23T10:00:00.000Z' }), anOffer({ id: 'earning', qualifyBy: '2026-12-15' })],
};
const unfold = (ics: string) => ics.replace(/\r\n /g, '');
const eventsOf = (ics: string) => unfold(ics).split('BEGIN:VEVENT\r\n').slice(1);

describe('calendar export', () => {
  it('is a CRLF calendar with one event per deadline', () => {
    const ics = toIcs(notes, {}, NOW, UTC);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(eventsOf(ics)).toHaveLength(4);
  });

  it('whole-day deadlines are all-day events; expected credit is a moment in UTC', () => {
    const ics = unfold(toIcs(notes, {}, NOW, UTC));
    expect(ics).toContain('UID:code-activation.code.code-1@credit-lens\r\nDTSTAMP:20261124T120000Z\r\nDTSTART;VALUE=DATE:20261204\r\nDTEND;VALUE=DATE:20261205\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261231\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261215\r\n');
    expect(ics).toContain('UID:credit-expected.offer.pending@credit-lens\r\nDTSTAMP:20261124T120000Z\r\nDTSTART:20261125T100000Z\r\nSUMMARY:');
    expect(ics).toContain(`URL:https://ads.tiktok.com/i18n/account/payment?aadvid=${ACCOUNT_ID}\r\n`);
    expect(ics).toContain('Shop ads (7012345678901234567)');
  });

  it('an event on an id that is no advertiser id has no link, rather than one to a page that is not there', () => {
    const stray = { ...notes, codes: [aCode({ accountId: 'org-42', receivedOn: '2026-11-20' })], offers: [] };
    const ics = unfold(toIcs(stray, {}, NOW, UTC));
    expect(eventsOf(ics)).toHaveLength(1);
    expect(ics).not.toContain('URL:');
  });

  it('UIDs stay the same from one export to the next, so a calendar updates instead of duplicating', () => {
    const uids = (ics: string) => [...ics.matchAll(/^UID:(.*)$/gm)].map((m) => m[1]).sort();
    const later = toIcs({ ...notes, offers: [...notes.offers].reverse() }, {}, new Date('2026-11-25T12:00:00Z'), UTC);
    expect(uids(later)).toEqual(uids(toIcs(notes, {}, NOW, UTC)));
  });

  it('hostile text cannot break out of its property or its event', () => {
    const hostile = 'X,1;2\\3\r\nEND:VEVENT\r\nBEGIN:VEVENT\nSUMMARY:pwned\u0007';
    const ics = toIcs({ ...EMPTY_NOTES, codes: [aCode({ code: hostile })] }, {}, NOW, UTC);
    expect(eventsOf(ics)).toHaveLength(1);
    expect(unfold(ics).match(/^END:VEVENT\r?$/gm)).toHaveLength(1);
    expect(unfold(ics)).toContain('SUMMARY:Activate code X\\,1\\;2\\\\3\\nEND:VEVENT\\nBEGIN:VEVENT\\nSUMMARY:pwned\r\n');
    expect(ics).not.toContain('\u0007');
  });

  it('escapes per RFC 5545', () => {
    expect(escapeText('a,b;c\\d\ne\r\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const long = `SUMMARY:${'Crédit 信用 🎟️ '.repeat(20)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('no deadlines: an empty but valid calendar', () => {
    expect(toIcs(EMPTY_NOTES, {}, NOW, UTC)).toBe(
      'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Credit Lens//Ad credit notes//EN\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\nX-WR-CALNAME:Credit Lens deadlines\r\nEND:VCALENDAR\r\n',
    );
  });
});
