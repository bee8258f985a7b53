/**
 * The order of the popup's lists: what needs the user soonest first, finished things last. Cheap on
 * purpose (no credit-status computation), so hundreds of offers sort before the first paint.
 */
import type { Account, Code, NotesDoc, Offer } from '../../lib/notes/schema';
import type { Deadline } from './deadlines';

/** The selected account's notes only: without a page, the rules and deadlines would speak about every account. */
export function scopeNotes(notes: NotesDoc, account: Account | null): NotesDoc {
  if (!account) return { accounts: [], offers: [], codes: [], notes: [], fixes: [] };
  return {
    accounts: [account],
    offers: notes.offers.filter((offer) => offer.accountId === account.id),
    codes: notes.codes.filter((code) => code.accountId === account.id),
    notes: notes.notes.filter((note) => note.accountId === account.id),
    fixes: notes.fixes.filter((fix) => fix.accountId === account.id),
  };
}

export interface Ranked<T> {
  item: T;
  deadline: Deadline | null;
}

const ENDED_OFFERS: ReadonlySet<Offer['status']> = new Set(['dismissed', 'expired', 'used-up']);

/** Marked finished, or its last chance gone: credit expired, or the deadline to qualify passed. */
function offerEnded(offer: Offer, deadline: Deadline | null): boolean {
  if (ENDED_OFFERS.has(offer.status)) return true;
  return deadline !== null && deadline.tone === 'overdue' && (deadline.kind === 'credit-expiry' || deadline.kind === 'offer-qualify');
}

export function rankOffers(offers: readonly Offer[], deadlines: ReadonlyMap<string, Deadline>): Ranked<Offer>[] {
  const ranked = offers.map((offer) => ({ item: offer, deadline: deadlines.get(`offer:${offer.id}`) ?? null }));
  const ended = new Map(ranked.map((entry) => [entry.item.id, offerEnded(entry.item, entry.deadline)]));
  return ranked.sort(
    (a, b) =>
      Number(ended.get(a.item.id)) - Number(ended.get(b.item.id)) ||
      byDeadline(a.deadline, b.deadline) ||
      a.item.name.localeCompare(b.item.name),
  );
}

/** Codes still to enter first (soonest deadline first), then applied and rejected ones. */
export function rankCodes(codes: readonly Code[], deadlines: ReadonlyMap<string, Deadline>): Ranked<Code>[] {
  const ranked = codes.map((code) => ({ item: code, deadline: deadlines.get(`code:${code.id}`) ?? null }));
  const done = (entry: Ranked<Code>) => entry.item.status !== 'unused';
  return ranked.sort((a, b) => Number(done(a)) - Number(done(b)) || byDeadline(a.deadline, b.deadline) || a.item.code.localeCompare(b.item.code));
}

function byDeadline(a: Deadline | null, b: Deadline | null): number {
  if (a && b) return a.at.getTime() - b.at.getTime();
  return Number(a === null) - Number(b === null);
}
