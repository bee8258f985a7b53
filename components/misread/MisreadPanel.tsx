import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlausibilityFinding } from '../../lib/hints/plausibility';
import { FIX_FIELDS, type FixField, type ReadingFix } from '../../lib/notes/schema';
import { fieldName, findingText } from './finding-text';
import { MISREAD_STRINGS as S } from './strings';

/** What the user can do when a reading looks wrong; absent where there is no page (previews, tests). */
export interface MisreadActions {
  /** Starts pick mode for one value. */
  startPick(field: FixField): void;
  /** Opens the report page with a redacted snapshot of this page. */
  saveReport(): void;
}

export interface MisreadPanelProps {
  doubts: readonly PlausibilityFinding[];
  /** Fixes that lost their element, told once (lib/session/fixes.ts). */
  lost: readonly Pick<ReadingFix, 'id' | 'field' | 'createdAt'>[];
  /** The value the user just showed, confirmed in words. */
  saved: FixField | null;
  /** Saving a report failed. */
  reportFailed?: boolean;
  actions: MisreadActions | null;
}

const dateOf = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(Date.parse(iso));

/**
 * The status card's part of the misread loop: the quiet "This reading may be wrong" state with what
 * looks off, and the two ways out (show the value, save a report). Never an error, never certain.
 */
export function MisreadPanel({ doubts, lost, saved, reportFailed = false, actions }: MisreadPanelProps) {
  const [choosing, setChoosing] = useState(false);
  const chooser = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (choosing) chooser.current?.querySelector('button')?.focus();
  }, [choosing]);
  const choose = (field: FixField) => {
    setChoosing(false);
    actions?.startPick(field);
  };
  const buttons = actions && !choosing && (
    <div class={doubts.length > 0 ? 'misread-actions' : 'misread-actions quiet'}>
      <button type="button" class={doubts.length > 0 ? 'action' : 'link-button'} data-action="wrong-value" aria-expanded={false} onClick={() => setChoosing(true)}>
        {doubts.length > 0 ? S.wrongValue : S.wrongValueQuiet}
      </button>
      <button type="button" class={doubts.length > 0 ? 'action' : 'link-button'} data-action="save-report" onClick={() => actions.saveReport()}>
        {S.saveReport}
      </button>
    </div>
  );
  return (
    <div class="misread">
      {lost.map((fix) => (
        <p class="notice" role="status" data-testid="fix-lost" key={fix.id}>
          {S.fixLost(fieldName(fix.field), dateOf(fix.createdAt))}
        </p>
      ))}
      {reportFailed && (
        <p class="notice" role="status" data-testid="report-failed">
          {S.reportFailed}
        </p>
      )}
      {saved && (
        <p class="saved" role="status" data-testid="fix-saved">
          {S.fixSaved(fieldName(saved))}
        </p>
      )}
      {doubts.length > 0 && (
        <div class="doubt" data-testid="doubt" role="status" data-rules={doubts.map((doubt) => doubt.rule).join(' ')}>
          <p class="doubt-title">{S.doubtTitle}</p>
          <p class="doubt-intro">{S.doubtIntro}</p>
          <ul class="doubt-list">
            {doubts.map((doubt) => (
              <li data-rule={doubt.rule} key={doubt.rule}>
                {findingText(doubt)}
              </li>
            ))}
          </ul>
          {buttons}
        </div>
      )}
      {doubts.length === 0 && buttons}
      {choosing && (
        <div class="chooser" ref={chooser} role="group" aria-labelledby="credit-lens-choose-field" data-testid="field-chooser">
          <p class="doubt-title" id="credit-lens-choose-field">
            {S.chooseField}
          </p>
          {FIX_FIELDS.map((field) => (
            <button type="button" class="link-button" data-fix-field={field} key={field} onClick={() => choose(field)}>
              {fieldName(field)}
            </button>
          ))}
          <button type="button" class="link-button" data-action="cancel-choose" onClick={() => setChoosing(false)}>
            {S.cancel}
          </button>
        </div>
      )}
    </div>
  );
}
