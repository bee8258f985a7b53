import type { ReadingFix } from '../notes/schema';

export type LostFixOp = { type: 'fix/lost'; id: string; at: string | null };

/**
 * "A fix that no longer finds its element says so once": the first read that misses it marks it lost
 * in the notes and this tab tells the user; later reads, and other tabs, see the mark and stay quiet.
 * A fix that finds its element again loses the mark, so a later loss is told again.
 */
export class LostFixNotices {
  /** Lost fixes this tab is telling the user about. */
  told: ReadingFix[] = [];
  readonly #sent = new Set<string>();

  readonly #send: (op: LostFixOp) => void;

  constructor(send: (op: LostFixOp) => void) {
    this.#send = send;
  }

  update(found: readonly ReadingFix[], lost: readonly ReadingFix[], now: Date = new Date()): void {
    for (const fix of lost) {
      if (fix.lostAt !== null || this.#sent.has(`lost:${fix.id}`)) continue;
      this.#sent.add(`lost:${fix.id}`);
      this.#sent.delete(`found:${fix.id}`);
      this.told = [...this.told.filter((other) => other.id !== fix.id), fix];
      this.#send({ type: 'fix/lost', id: fix.id, at: now.toISOString() });
    }
    for (const fix of found) {
      this.told = this.told.filter((other) => other.id !== fix.id);
      if (fix.lostAt === null || this.#sent.has(`found:${fix.id}`)) continue;
      this.#sent.add(`found:${fix.id}`);
      this.#sent.delete(`lost:${fix.id}`);
      this.#send({ type: 'fix/lost', id: fix.id, at: null });
    }
  }
}
