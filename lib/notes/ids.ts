/** Ids for offers, codes, notes and quarantine entries: random, so two contexts never collide. */
export function newId(): string {
  return crypto.randomUUID();
}
