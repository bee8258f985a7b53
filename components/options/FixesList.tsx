import { useState } from 'preact/hooks';
import type { NotesDoc, ReadingFix } from '../../lib/notes/schema';
import { fieldName } from '../misread/finding-text';
import { MISREAD_PAGE_STRINGS as S } from '../misread/page-strings';
import { pageName } from '../overlay/format';

const dateOf = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(Date.parse(iso));

/** The values the user showed Credit Lens on Billing pages (issue 12), each with its page and date, each deletable. */
export function FixesList({ notes, onDelete }: { notes: NotesDoc; onDelete: (fix: ReadingFix) => Promise<void> }) {
  const [status, setStatus] = useState('');
  const accountName = (id: string) => notes.accounts.find((account) => account.id === id)?.name ?? id;
  const fixes = [...notes.fixes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section class="section" aria-labelledby="fixes-title" data-testid="fixes">
      <h2 id="fixes-title" class="section-title">
        {S.fixesHeading}
      </h2>
      <p class="muted">{S.fixesIntro}</p>
      {fixes.length === 0 && <p class="empty">{S.fixesEmpty}</p>}
      {fixes.length > 0 && (
        <ul class="cards">
          {fixes.map((fix) => (
            <li class="card" key={fix.id} data-fix={fix.id}>
              <div class="card-head">
                <span class="card-title">{S.fixLine(fieldName(fix.field), pageName(fix.pageKind), accountName(fix.accountId))}</span>
                <button
                  type="button"
                  class="quiet danger"
                  data-action="delete-fix"
                  aria-label={S.deleteFix(fieldName(fix.field), pageName(fix.pageKind))}
                  onClick={() =>
                    onDelete(fix).then(
                      () => setStatus(S.fixDeleted),
                      (cause: unknown) => setStatus(cause instanceof Error ? cause.message : String(cause)),
                    )
                  }
                >
                  {S.deleteLabel}
                </button>
              </div>
              <span class="card-sub">
                {S.fixNear(fix.target.label)} · {S.fixShownOn(dateOf(fix.createdAt))}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="muted" role="status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
