/**
 * `storage.local` has a quota (10 MB in Chrome; Firefox defines none but large values slow every read).
 * The user is warned well before it, and a change that would pass it is refused whole, so the store
 * never ends half-written.
 */
import { browser } from 'wxt/browser';
import { OpRefused } from './ops';

export const DEFAULT_QUOTA_BYTES = 10 * 1024 * 1024;
export const WARN_AT_RATIO = 0.8;

interface LocalArea {
  QUOTA_BYTES?: number;
  getBytesInUse?: (keys: null) => Promise<number>;
  get: (keys: null) => Promise<Record<string, unknown>>;
}
const localArea = () => browser.storage.local as unknown as LocalArea;

export function quotaBytes(): number {
  const quota = localArea().QUOTA_BYTES;
  return typeof quota === 'number' && quota > 0 ? quota : DEFAULT_QUOTA_BYTES;
}

const encoder = new TextEncoder();

/** How Chrome counts an item: its key plus its JSON, in UTF-8. Absent values count nothing. */
export function entryBytes(key: string, value: unknown): number {
  if (value === undefined || value === null) return 0;
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;
}

export async function bytesInUse(): Promise<number> {
  const area = localArea();
  if (typeof area.getBytesInUse === 'function') {
    try {
      return await area.getBytesInUse(null);
    } catch {
      // Firefox before 131 lists the method but rejects it: estimate instead.
    }
  }
  const everything = await area.get(null);
  return Object.entries(everything).reduce((sum, [key, value]) => sum + entryBytes(key, value), 0);
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export function storageWarningText(used: number, quota: number): string | null {
  if (used <= quota * WARN_AT_RATIO) return null;
  return `Credit Lens uses ${megabytes(used)} of the ${megabytes(quota)} this browser allows. Export your notes, then delete old ones, before changes can no longer be saved.`;
}

export class QuotaExceeded extends OpRefused {
  override name = 'QuotaExceeded';
}

/** Throws when `projected` bytes would pass the quota; the caller then writes nothing. */
export function assertWithinQuota(projected: number, quota: number): void {
  if (projected <= quota) return;
  throw new QuotaExceeded(
    `Not saved: this change needs about ${megabytes(projected)}, more than the ${megabytes(quota)} this browser allows Credit Lens. Export your notes, then delete old notes or offers. Nothing was changed.`,
  );
}
