/** Long lists show their first items; the rest is one click away (and kept open after). */
export const FIRST_ITEMS = 20;

export function ShowMore({ shown, total, what, onShowAll }: { shown: number; total: number; what: string; onShowAll: () => void }) {
  if (shown >= total) return null;
  return (
    <button type="button" class="quiet show-more" onClick={onShowAll}>
      Show all {total} {what} ({total - shown} more)
    </button>
  );
}
