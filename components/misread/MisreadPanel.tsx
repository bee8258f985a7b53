import { useEffect, useRef, useState } from 'preact/hooks';
import type { PlausibilityFinding } from '../../lib/hints/plausibility';
import { FIX_FIELDS } from '../../lib/notes/defaults';
import type { FixField, ReadingFix } from '../../lib/notes/schema';
import { msg } from '../../lib/i18n/message';
import { Text, useT } from '../i18n/i18n';
import { fieldName, findingText } from './finding-text';

/** What the user can do when a reading looks wrong; absent where there is no page (previews, tests). */
export interface MisreadActions {
  /** Starts pick mode for one value. */
  startPick(field: FixField): void;
  /** Opens the report page with a redacted snapshot of this page. */
  saveReport(): void;
}

export interface MisreadPanelProps {
  doubts: readonly PlausibilityFinding[];
  /** Fixes that lost their element, told once (lib/session/lost-fixes.ts). */
  lost: readonly Pick<ReadingFix, 'id' | 'field' | 'createdAt'>[];
  /** The value the user just showed, confirmed in words. */
  saved: FixField | null;
  /** Saving a report failed. */
  reportFailed?: boolean;
  /** The page could not be read: there is no value to show, only the page to report. */
  unread?: boolean;
  actions: MisreadActions | null;
}

/**
 * The status card's part of the misread loop: the quiet "This reading may be wrong" state with what
 * looks off, and the two ways out (show the value, save a report). Never an error, never certain.
 */
export function MisreadPanel({ doubts, lost, saved, reportFailed = false, unread = false, actions }: MisreadPanelProps) {
  const t = useT();
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
      {!unread && (
        <button type="button" class={doubts.length > 0 ? 'action' : 'link-button'} data-action="wrong-value" aria-expanded={false} onClick={() => setChoosing(true)}>
          {t.t(msg(doubts.length > 0 ? 'misread.wrongValue' : 'misread.wrongValueQuiet'))}
        </button>
      )}
      <button type="button" class={doubts.length > 0 ? 'action' : 'link-button'} data-action="save-report" onClick={() => actions.saveReport()}>
        {t.t(msg('misread.saveReport'))}
      </button>
    </div>
  );
  return (
    <div class="misread">
      {lost.map((fix) => (
        <p class="notice" role="status" data-testid="fix-lost" key={fix.id}>
          <Text msg={msg('misread.fixLost', { field: fieldName(fix.field), date: { date: fix.createdAt } })} />
        </p>
      ))}
      {reportFailed && (
        <p class="notice" role="status" data-testid="report-failed">
          {t.t(msg('misread.reportFailed'))}
        </p>
      )}
      {saved && (
        <p class="saved" role="status" data-testid="fix-saved">
          <Text msg={msg('misread.fixSaved', { field: fieldName(saved) })} />
        </p>
      )}
      {doubts.length > 0 && (
        <div class="doubt" data-testid="doubt" role="status" data-rules={doubts.map((doubt) => doubt.rule).join(' ')}>
          <p class="doubt-title">{t.t(msg('misread.doubtTitle'))}</p>
          <p class="doubt-intro">{t.t(msg('misread.doubtIntro'))}</p>
          <ul class="doubt-list">
            {doubts.map((doubt) => (
              <li data-rule={doubt.rule} key={doubt.rule}>
                <Text msg={findingText(doubt)} />
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
            {t.t(msg('misread.chooseField'))}
          </p>
          {FIX_FIELDS.map((field) => (
            <button type="button" class="link-button" data-fix-field={field} key={field} onClick={() => choose(field)}>
              {t.value(fieldName(field))}
            </button>
          ))}
          <button type="button" class="link-button" data-action="cancel-choose" onClick={() => setChoosing(false)}>
            {t.t(msg('common.cancel'))}
          </button>
        </div>
      )}
    </div>
  );
}
