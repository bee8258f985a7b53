import { useState } from 'preact/hooks';
import { msg, type Msg } from '../../lib/i18n/message';
import { Text, useT } from '../i18n/i18n';
import { CAUSE_ORDER, CAUSE_TEXT } from '../../lib/hints/rejection-causes';
import type { RankedCause } from '../../lib/hints/types';

export interface RejectionChecklistProps {
  /**
   * Ranked for one rejected code (most likely first, with the reasons); without, every cause in the
   * usual order, for a user who only wants the checklist.
   */
  causes?: readonly RankedCause[] | null;
  /** The code the checklist is about, named in the heading. */
  code?: string | null;
  headingClass?: string;
  /** "Copy support message" with the causes the user ticked as checked. */
  onCopySupport?: (checked: Msg[], inEnglish: boolean) => void;
}

const genericCauses = (): RankedCause[] =>
  CAUSE_ORDER.map((cause) => ({ cause, score: 0, title: CAUSE_TEXT[cause].title, because: [], check: CAUSE_TEXT[cause].check }));

/**
 * "Why was my code rejected?": what to check, cause by cause, ticked off as the user goes. Ranked
 * causes are labelled likely, never certain. Shared by the popup and the overlay; text only.
 */
export function RejectionChecklist({ causes, code = null, headingClass = '', onCopySupport }: RejectionChecklistProps) {
  const t = useT();
  const ranked = Boolean(causes && causes.length > 0);
  const list = ranked ? causes! : genericCauses();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const ticked = () => list.filter((item) => checked.has(item.cause)).map((item) => msg('rejection.checkedLine', { cause: { msg: item.title } }));
  const toggle = (cause: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(cause);
    else next.delete(cause);
    setChecked(next);
  };

  return (
    <section class="guide" aria-labelledby="rejection-title" data-testid="rejection-checklist">
      <h2 id="rejection-title" class={headingClass} tabIndex={-1}>
        {code ? <Text msg={msg('rejection.titleCode', { code })} /> : t.t(msg('rejection.titleGeneric'))}
      </h2>
      <p class="muted">
        {t.t(msg(ranked ? 'rejection.intro' : 'rejection.introGeneric'))}
      </p>
      <ol class="checklist">
        {list.map((item) => (
          <li key={item.cause} class="check-item" data-cause={item.cause}>
            <label class="check-line">
              <input type="checkbox" checked={checked.has(item.cause)} onChange={(event) => toggle(item.cause, event.currentTarget.checked)} />
              <span class="check-title">{t.t(item.title)}</span>
            </label>
            <p class="check-how">{t.t(item.check)}</p>
            {item.because.length > 0 && (
              <ul class="check-because" aria-label={t.t(msg('rejection.because'))}>
                {item.because.map((reason, index) => (
                  <li key={index}>
                    <Text msg={reason} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {onCopySupport && (
        <div class="copy-buttons">
          <button type="button" data-action="copy-support" onClick={() => onCopySupport(ticked(), false)}>
            {t.t(msg('support.copy'))}
          </button>
          {/* Support agents may not read the advertiser's language. */}
          {t.locale !== 'en' && (
            <button type="button" class="quiet" data-action="copy-support-english" lang="en" onClick={() => onCopySupport(ticked(), true)}>
              {t.t(msg('support.copyInEnglish'))}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
