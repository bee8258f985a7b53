/**
 * The Billing session's part of the misread loop (issue 12): the doubts about each new reading, pick
 * mode and the fix it stores, the notice of a fix that lost its element, and "Save a report".
 */
import { installedPacks } from '../../../lib/lexicon';
import { checkPlausibility, type PlausibilityFinding } from '../../../lib/hints/plausibility';
import type { FixField, Observation, StoredNotes } from '../../../lib/notes/schema';
import { sendNotesOp } from '../../../lib/notes/op-message';
import { latestObservation } from '../../../lib/overlay/observation';
import { accountObservations } from '../../../lib/overlay/overlay-view';
import type { SessionScope } from '../../../lib/overlay/scope';
import type { BillingReading } from '../../../lib/reader/reading';
import { LostFixNotices } from '../../../lib/session/lost-fixes';
import { quietly } from '../../../lib/session/quietly';
import { msg, type Msg } from '../../../lib/i18n/message';
import type { MisreadActions } from '../../misread/MisreadPanel';
import { loadMisread } from '../../misread/load';
import type { PickMode } from '../../misread/pick-mode';

/** What the overlay draws of the misread loop. */
export interface MisreadView {
  doubts: readonly PlausibilityFinding[];
  picking: { field: FixField; mode: PickMode } | null;
  saved: FixField | null;
  problem: Msg | null;
  reportFailed: boolean;
}

/**
 * The doubts about a reading: compared with the account's latest observation from before this
 * reading (so taken before the reading's own observation is recorded) and the user's notes.
 */
export function readingDoubts(reading: BillingReading | null, stored: StoredNotes | null, recorded: readonly Observation[]): PlausibilityFinding[] {
  if (!reading) return [];
  const accountId = reading.accountId;
  const previous = accountId ? latestObservation(accountObservations(stored, recorded, accountId), accountId) : null;
  return checkPlausibility(reading, previous, stored?.notes ?? null);
}

export class MisreadSession {
  doubts: readonly PlausibilityFinding[] = [];
  saved: FixField | null = null;
  reportFailed = false;
  /** The value the user said is wrong, for the report. */
  #field: FixField | null = null;
  #picking: FixField | null = null;
  /** Pick mode and the report builder load when first used (components/misread/lazy.ts). */
  #mode: PickMode | null = null;
  #lazy: Awaited<ReturnType<typeof loadMisread>> | null = null;
  readonly lost: LostFixNotices;

  readonly #scope: SessionScope;
  readonly #document: Document;
  readonly #host: () => Element | null;
  readonly #reading: () => BillingReading | null;
  readonly #render: () => void;

  constructor(
    scope: SessionScope,
    document: Document,
    host: () => Element | null,
    /** Null when the page could not be read: a report then carries the page alone. */
    reading: () => BillingReading | null,
    render: () => void,
  ) {
    this.#scope = scope;
    this.#document = document;
    this.#host = host;
    this.#reading = reading;
    this.#render = render;
    this.lost = new LostFixNotices((op) => void sendNotesOp(op).catch(quietly('could not mark a fix as lost')));
    scope.onClose(() => this.#mode?.stop());
  }

  /** Before the reading's observation is recorded (see readingDoubts). */
  check(reading: BillingReading | null, stored: StoredNotes | null, recorded: readonly Observation[]): void {
    this.doubts = readingDoubts(reading, stored, recorded);
  }

  view(): MisreadView {
    return {
      doubts: this.doubts,
      picking: this.#picking && this.#mode?.active ? { field: this.#picking, mode: this.#mode } : null,
      saved: this.saved,
      problem: this.#mode?.problem ?? null,
      reportFailed: this.reportFailed,
    };
  }

  actions(): MisreadActions {
    return {
      startPick: (field) => this.#start(field),
      saveReport: () => this.#saveReport(),
    };
  }

  #start(field: FixField): void {
    if (!this.#scope.active) return;
    this.#field = this.#picking = field;
    this.saved = null;
    loadMisread().then(
      (lazy) => {
        if (!this.#scope.active || this.#picking !== field) return;
        this.#lazy = lazy;
        this.#mode ??= new lazy.PickMode(this.#document, this.#host, {
          picked: (element) => this.#picked(element),
          cancelled: () => this.#ended(),
          changed: () => this.#render(),
        });
        this.#mode.start();
        this.#render();
      },
      (cause) => {
        quietly('could not load pick mode')(cause);
        this.#ended();
      },
    );
  }

  #picked(element: Element): Msg | null {
    const reading = this.#reading();
    const field = this.#picking;
    if (!reading || !field) return msg('misread.pickNothing');
    const problem = this.#lazy!.savePick(element, field, reading);
    if (problem) return problem;
    this.saved = field;
    this.#ended();
    return null;
  }

  #ended(): void {
    this.#picking = null;
    this.#render();
    // Focus comes back to where pick mode started, not to the page.
    this.#host()?.shadowRoot?.querySelector<HTMLElement>('[data-action="wrong-value"]')?.focus();
  }

  #saveReport(): void {
    this.reportFailed = false;
    const reading = this.#reading();
    loadMisread()
      .then(({ saveReport }) =>
        saveReport(this.#document, { reading, findings: reading ? [...this.doubts] : [], field: this.#field, languages: installedPacks().map((pack) => pack.lang) }),
      )
      .catch((cause: unknown) => {
        quietly('could not save a report')(cause);
        this.reportFailed = true;
        this.#render();
      });
  }
}
