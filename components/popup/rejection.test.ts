import { describe, expect, it } from 'vitest';
import { englishTranslator } from '../../lib/i18n/node-catalog';
import { EMPTY_NOTES } from '../../lib/notes/schema';
import { aCode, anAccount } from '../../lib/notes/test-fixtures';
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
});
