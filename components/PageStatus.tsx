/**
 * What an extension page says as it happens: a polite live region for screen readers (a save, a
 * filter's result count) and, when loading failed, an alert. One home for the popup's and the board's,
 * which announce the same way; the words are the page's own, already translated.
 */
export function PageStatus({ announcement, alert }: { announcement: string; alert: string | null }) {
  return (
    <>
      <p class="sr-only" role="status" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
      {alert && (
        <p class="notice warn" role="alert">
          {alert}
        </p>
      )}
    </>
  );
}
