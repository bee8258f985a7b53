import { describe, expect, it } from 'vitest';
import { englishTranslator } from '../../lib/i18n/node-catalog';
import { EMPTY_NOTES } from '../../lib/notes/schema';
import { aCode, anAccount } from '../../lib/notes/test-fixtures';
import { systemTimeZone } from '../../lib/credit/calendar';
import { supportMessage } from '../../lib/hints/support-text';
import { rejectionCausesFor } from './rejection';

/** Runs `check` with the process in another time zone, as the user's browser would be. */
function inTimeZone(zone: string, check: () => void): void {
  const saved = process.env.TZ;
  process.env.TZ = zone;
  try {
    check();
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
}

describe('why a code noted as rejected was likely rejected, in the popup', () => {
  it("judges the code's expiry day in the user's time zone, as the overlay does", () => {
    // At 10:00 UTC it is already past midnight on Kiritimati (UTC+14): the code's last day is over there.
    inTimeZone('Pacific/Kiritimati', () => {
      const code = aCode({ expiresOn: '2026-11-24', status: 'rejected', rejectedMessage: null });
      const causes = rejectionCausesFor(code, { ...EMPTY_NOTES, accounts: [anAccount()], codes: [code] }, [], new Date('2026-11-24T10:00:00.000Z'));
      expect(causes[0]?.cause).toBe('expired');
      expect(causes[0]?.because.map((because) => englishTranslator().t(because)).join(' ')).toContain('the code expired on Nov 24, 2026');
    });
  });

  it("writes the support message's time in the user's time zone, as the overlay does", () => {
    // 10:00 UTC on 24 November is 00:00 on 25 November on Kiritimati (UTC+14).
    inTimeZone('Pacific/Kiritimati', () => {
      const code = aCode({ status: 'rejected', rejectedMessage: 'This code has expired' });
      // The popup's translator is made with the browser's zone (Popup.tsx), so the copied time is local.
      const at = '2026-11-24T10:00:00.000Z';
      const text = supportMessage({ code: code.code, accountId: code.accountId, errorText: code.rejectedMessage ?? '', at, checked: [] }, englishTranslator(systemTimeZone()));
      const time = text.split('\n').find((line) => line.startsWith('Time: '));
      expect(time).toContain('2026-11-24T10:00:00.000Z');
      expect(time).toContain('Nov 25, 2026');
      expect(time).not.toContain('UTC)');
    });
  });
});
