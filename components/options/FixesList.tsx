import { useState } from 'preact/hooks';
import type { NotesDoc, ReadingFix } from '../../lib/notes/schema';
import { msg, type Msg } from '../../lib/i18n/message';
import { Text, useT } from '../i18n/i18n';
import { fieldName } from '../misread/finding-text';
import { pageName } from '../overlay/format';
import { errorText } from '../../lib/notes/op-message';

/** The values the user showed Credit Lens on Billing pages (issue 12), each with its page and date, each deletable. */
export function FixesList({ notes, onDelete }: { notes: NotesDoc; onDelete: (fix: ReadingFix) => Promise<void> }) {
  const t = useT();
  const [status, setStatus] = useState<Msg | string>('');
  const accountName = (id: string) => notes.accounts.find((account) => account.id === id)?.name ?? id;
  const fixes = [...notes.fixes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section class="section" aria-labelledby="fixes-title" data-testid="fixes">
      <h2 id="fixes-title" class="section-title">
        {t.t(msg('fixes.heading'))}
      </h2>
      <p class="muted">{t.t(msg('fixes.intro'))}</p>
      {fixes.length === 0 && <p class="empty">{t.t(msg('fixes.empty'))}</p>}
      {fixes.length > 0 && (
        <ul class="cards">
          {fixes.map((fix) => (
            <li class="card" key={fix.id} data-fix={fix.id}>
              <div class="card-head">
                <span class="card-title"><Text msg={msg('fixes.line', { field: fieldName(fix.field), page: { msg: pageName(fix.pageKind) }, account: accountName(fix.accountId) })} /></span>
                <button
                  type="button"
                  class="quiet danger"
                  data-action="delete-fix"
                  aria-label={t.t(msg('fixes.delete', { field: fieldName(fix.field), page: { msg: pageName(fix.pageKind) } }))}
                  onClick={() =>
                    onDelete(fix).then(
                      () => setStatus(msg('fixes.deleted')),
                      (cause: unknown) => setStatus(errorText(cause)),
                    )
                  }
                >
                  {t.t(msg('common.delete'))}
                </button>
              </div>
              <span class="card-sub">
                <Text msg={msg('fixes.near', { label: fix.target.label })} /> · <Text msg={msg('fixes.shownOn', { date: { date: fix.createdAt } })} />
              </span>
            </li>
          ))}
        </ul>
      )}
      <p class="muted" role="status" aria-live="polite">
        {typeof status === 'string' ? status : t.t(status)}
      </p>
    </section>
  );
}
