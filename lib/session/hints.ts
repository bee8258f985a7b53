import { systemTimeZone } from '../credit/calendar';
import { overlayView, type OverlayView, type ViewInputs } from '../overlay/overlay-view';
import type { SessionScope } from '../overlay/scope';
import { NextChangeTimer } from './next-change-timer';
import type { NotesSync } from './notes-sync';
import type { ObservationLog } from './observations';
import { quietly } from './quietly';
import type { PageReading } from './reading';

/**
 * The hints the overlay shows, worked out again whenever what they depend on changes (a reading, the
 * notes, what the user types) and at the next moment one changes by itself.
 */
export class SessionHints {
  view: OverlayView | null = null;
  typedCode: string | null = null;
  readonly #timer: NextChangeTimer;

  readonly #scope: SessionScope;
  readonly #page: PageReading;
  readonly #notes: NotesSync;
  readonly #observations: ObservationLog;
  readonly #show: (view: OverlayView) => void;

  constructor(
    scope: SessionScope,
    page: PageReading,
    notes: NotesSync,
    observations: ObservationLog,
    show: (view: OverlayView) => void,
  ) {
    this.#scope = scope;
    this.#page = page;
    this.#notes = notes;
    this.#observations = observations;
    this.#show = show;
    this.#timer = new NextChangeTimer(scope, () => this.inputs(), () => this.refresh());
  }

  inputs(): ViewInputs {
    return {
      reading: this.#page.reading,
      url: this.#page.url,
      stored: this.#notes.stored,
      recorded: this.#observations.recorded,
      pending: this.#notes.pending,
      typedCode: this.typedCode,
      timeZone: systemTimeZone(),
    };
  }

  refresh(): void {
    if (!this.#scope.active) return;
    const view = (this.view = overlayView(this.inputs(), new Date()));
    if (view.failure) quietly('hints failed')(view.failure);
    this.#show(view);
    this.#timer.queue();
  }

  typed(code: string | null): void {
    if (code === this.typedCode) return;
    this.typedCode = code;
    this.refresh();
  }

  /** The ids of the hints the user dismissed that this page would show. */
  dismissedIds(): string[] {
    const view = this.view;
    return view ? view.hints.filter((hint) => !view.shown.includes(hint)).map((hint) => hint.id) : [];
  }
}
