/**
 * The settings' list of dismissed hint ids. A hint id changes with its state, so old ids stop
 * matching anything; the list keeps the most recent ones only, so it cannot grow without end.
 */
export const MAX_DISMISSED = 200;

export function withDismissed(list: readonly string[], id: string, max = MAX_DISMISSED): string[] {
  const next = list.filter((existing) => existing !== id);
  next.push(id);
  return next.slice(Math.max(0, next.length - max));
}

export function withRestored(list: readonly string[], ids: readonly string[]): string[] {
  const restored = new Set(ids);
  return list.filter((existing) => !restored.has(existing));
}
