/**
 * Builds a list that is the previous one (the same array) when it ends up holding the same items in
 * the same order, allocating only once it differs: parts keyed on the list then see no change.
 */
export class SameList<T> {
  #made: T[] | null = null;
  #at = 0;

  readonly #previous: readonly T[];

  constructor(previous: readonly T[] = []) {
    this.#previous = previous;
  }

  push(item: T): void {
    if (this.#made) this.#made.push(item);
    else if (this.#previous[this.#at] === item) this.#at++;
    else (this.#made = this.#previous.slice(0, this.#at)).push(item);
  }

  done(): readonly T[] {
    return this.#made ?? (this.#at === this.#previous.length ? this.#previous : this.#previous.slice(0, this.#at));
  }
}
