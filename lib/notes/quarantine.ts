/**
 * Values that failed validation on read are moved here, never deleted, so a bug or a half-written
 * value cannot silently cost the user a note. The user is told, and can export them as JSON.
 */
import { z } from '../zod';
import { IsoDateTime } from './schema';

export const StoredKey = z.enum(['notes', 'settings', 'observations', 'quarantine']);
export type StoredKey = z.infer<typeof StoredKey>;

export const QuarantineEntry = z.object({
  id: z.string(),
  /** Which stored value it came from. */
  key: StoredKey,
  /** Where in that value, e.g. `offers[2]`; empty for the whole value. */
  path: z.string(),
  /** Why it failed, e.g. `threshold: decimal string like 1234.50`. */
  reason: z.string(),
  at: IsoDateTime,
  value: z.unknown(),
});
export type QuarantineEntry = z.infer<typeof QuarantineEntry>;

/** A quarantine entry before the writer gives it an id and a time. */
export type QuarantineMove = Pick<QuarantineEntry, 'key' | 'path' | 'reason' | 'value'>;

export const QUARANTINE_FORMAT = 'credit-lens-quarantine';

/** The JSON the user saves ("values kept aside"); it carries what is needed to repair them by hand. */
export function exportQuarantine(entries: readonly QuarantineEntry[], now: Date = new Date()): string {
  return JSON.stringify({ format: QUARANTINE_FORMAT, exportedAt: now.toISOString(), entries }, null, 2);
}
