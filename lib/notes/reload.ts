/**
 * How a page follows the notes: after each change it loads them again and hands them on. Changes in
 * quick succession load once, and an older load never overwrites a newer one. Shared by the pages that
 * read storage themselves (store.ts) and those that take the background's snapshot (snapshot.ts), so it
 * imports nothing.
 */
export function reloadOnChange<Value>(load: () => Promise<Value>, callback: (value: Value) => void): { changed(): void; stop(): void } {
  let stopped = false;
  let running = false;
  let again = false;
  const reload = async () => {
    running = true;
    do {
      again = false;
      try {
        const value = await load();
        if (!stopped && !again) callback(value);
      } catch (error) {
        console.warn('[credit-lens] could not reload notes', error);
      }
    } while (again && !stopped);
    running = false;
  };
  return {
    changed: () => {
      if (stopped) return;
      if (running) again = true;
      else void reload();
    },
    stop: () => {
      stopped = true;
    },
  };
}
