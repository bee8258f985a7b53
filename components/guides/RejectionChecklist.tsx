import { useState } from 'preact/hooks';
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
  onCopySupport?: (checked: string[]) => void;
}

const genericCauses = (): RankedCause[] =>
  CAUSE_ORDER.map((cause) => ({ cause, score: 0, title: CAUSE_TEXT[cause].title, because: [], check: CAUSE_TEXT[cause].check }));

/**
 * "Why was my code rejected?": what to check, cause by cause, ticked off as the user goes. Ranked
 * causes are labelled likely, never certain. Shared by the popup and the overlay; text only.
 */
export function RejectionChecklist({ causes, code = null, headingClass = '', onCopySupport }: RejectionChecklistProps) {
  const ranked = Boolean(causes && causes.length > 0);
  const list = ranked ? causes! : genericCauses();
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (cause: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(cause);
    else next.delete(cause);
    setChecked(next);
  };

  return (
    <section class="guide" aria-labelledby="rejection-title" data-testid="rejection-checklist">
      <h2 id="rejection-title" class={headingClass} tabIndex={-1}>
        Why was {code ? <span class="mono">{code}</span> : 'my code'} rejected?
      </h2>
      <p class="muted">
        {ranked ? 'Likely causes, most likely first. Check each one; none is certain.' : 'The usual causes. Check each one, then contact support if none fits.'}
      </p>
      <ol class="checklist">
        {list.map((item) => (
          <li key={item.cause} class="check-item" data-cause={item.cause}>
            <label class="check-line">
              <input type="checkbox" checked={checked.has(item.cause)} onChange={(event) => toggle(item.cause, event.currentTarget.checked)} />
              <span class="check-title">{item.title}</span>
            </label>
            <p class="check-how">{item.check}</p>
            {item.because.length > 0 && (
              <ul class="check-because" aria-label="Why it ranks here">
                {item.because.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      {onCopySupport && (
        <button
          type="button"
          onClick={() => onCopySupport(list.filter((item) => checked.has(item.cause)).map((item) => `${item.title}: checked`))}
        >
          Copy support message
        </button>
      )}
    </section>
  );
}
