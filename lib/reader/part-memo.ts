/**
 * Remembers each part of a reading with the inputs it came from, so a re-read after a small change
 * recomputes only the parts whose inputs changed. Inputs are compared by identity: the collector
 * hands back the very same arrays for what it did not read again.
 */
export class PartMemo {
  readonly #slots = new Map<string, { inputs: readonly unknown[]; value: unknown }>();

  get<T>(name: string, inputs: readonly unknown[], compute: () => T): T {
    const slot = this.#slots.get(name);
    if (slot && sameInputs(slot.inputs, inputs)) return slot.value as T;
    const value = compute();
    this.#slots.set(name, { inputs, value });
    return value;
  }

  /** What a part was the last time it was computed, if ever. */
  last<T>(name: string): T | undefined {
    return this.#slots.get(name)?.value as T | undefined;
  }
}

/** A plain loop: a re-read asks this some twenty times, and a callback per input costs more than the compare. */
function sameInputs(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (!Object.is(a[index], b[index])) return false;
  return true;
}
