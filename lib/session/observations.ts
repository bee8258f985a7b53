import type { Observation } from '../notes/schema';
import { sendNotesOp } from '../notes/op-message';
import { observationToRecord } from '../overlay/observation';
import { accountObservations } from '../overlay/overlay-view';
import type { BillingReading } from '../reader/reading';
import type { SyncedNotes } from './notes-sync';
import { quietly } from './quietly';

/**
 * The balances this tab saw, recorded in the notes when they differ from the latest stored ones, so
 * the hints can tell a balance that moved (credit arrived) from one that did not. Kept here too,
 * because the background's write comes back later than the next read may need it.
 */
export class ObservationLog {
  #own: Observation[] = [];

  get recorded(): readonly Observation[] {
    return this.#own;
  }

  record(reading: BillingReading | null, notes: SyncedNotes, now: Date = new Date()): void {
    const accountId = reading?.accountId ?? null;
    // Before notes load, the latest stored numbers are unknown: recording then could only duplicate them.
    if (!notes.loaded || !accountId) return;
    const observation = observationToRecord(reading, accountObservations(notes.stored, this.#own, accountId), now);
    if (!observation) return;
    this.#own = [...this.#own.slice(-20), observation];
    sendNotesOp({ type: 'observation/record', observation }).catch(quietly('could not record an observation'));
  }
}
