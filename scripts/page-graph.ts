/**
 * Which modules a page loads before it runs, from the bundler's module graph: used by
 * modules/page-chunks.ts to keep the popup's first load in one shared chunk. Pure, so it is tested
 * without a build.
 */
export type ModuleInfo = { importedIds: readonly string[] } | null;

/** Modules an entry loads before it runs: its static imports, transitively. */
export function staticGraph(entry: string, info: (id: string) => ModuleInfo): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const id = queue.pop()!;
    if (seen.has(id)) continue;
    const module = info(id);
    if (!module) continue;
    seen.add(id);
    queue.push(...module.importedIds);
  }
  return seen;
}

/** The modules the popup loads up front that another page loads up front too. */
export function sharedWithPopup(popup: Set<string>, others: readonly Set<string>[]): Set<string> {
  return new Set([...popup].filter((id) => others.some((page) => page.has(id))));
}
