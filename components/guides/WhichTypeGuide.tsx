import { useEffect, useRef, useState } from 'preact/hooks';
import { msg, type Msg } from '../../lib/i18n/message';
import { useT } from '../i18n/i18n';
import { WHICH_TYPE_GUIDE, guideStep, type GuideOutcome } from '../../lib/hints/which-type';

export interface WhichTypeGuideProps {
  /** Class for the guide's heading (the popup focuses `.panel-title` when a panel opens). */
  headingClass?: string;
  /** Offered at the end: track the offer, or save the code. Omitted where there is nowhere to save. */
  onAction?: (action: GuideOutcome['action']) => void;
}

const ACTION_LABELS: Record<GuideOutcome['action'], Msg> = {
  'track-offer': msg('guide.trackOffer'),
  'save-code': msg('guide.saveCode'),
};

/**
 * "Which type do I have?": one question at a time from lib/hints/which-type.ts, to an outcome with
 * what to do. Shared by the popup and the overlay; text only.
 */
export function WhichTypeGuide({ headingClass = '', onAction }: WhichTypeGuideProps) {
  const t = useT();
  const [path, setPath] = useState<string[]>([WHICH_TYPE_GUIDE.start]);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const current = path[path.length - 1]!;
  const step = guideStep(current);

  // After an answer, the next question (or the outcome) takes the focus, so keyboard users follow along.
  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
    moved.current = true;
  }, [current]);

  return (
    <section class="guide" aria-labelledby="which-type-title" data-testid="which-type-guide">
      <h2 id="which-type-title" class={headingClass} tabIndex={-1}>
        {t.t(msg('guide.title'))}
      </h2>
      {step && 'question' in step && (
        <fieldset class="guide-step" data-step={step.question.id}>
          <legend>
            <h3 ref={stepHeading} tabIndex={-1} class="guide-question">
              {t.t(step.question.question)}
            </h3>
          </legend>
          <ul class="guide-options">
            {step.question.options.map((option) => (
              <li key={option.next}>
                <button type="button" class="guide-option" onClick={() => setPath([...path, option.next])}>
                  <span class="guide-option-label">{t.t(option.label)}</span>
                  <span class="guide-option-detail">{t.t(option.detail)}</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {step && 'outcome' in step && (
        <div class="guide-outcome" data-outcome={step.outcome.type} data-testid="guide-outcome">
          <h3 ref={stepHeading} tabIndex={-1} class="guide-question">
            {t.t(msg('guide.outcome', { type: { msg: step.outcome.title } }))}
          </h3>
          <p>{t.t(step.outcome.summary)}</p>
          <ol class="guide-steps">
            {step.outcome.steps.map((text) => (
              <li key={text.key}>{t.t(text)}</li>
            ))}
          </ol>
          {onAction && (
            <button type="button" class="primary" onClick={() => onAction(step.outcome.action)}>
              {t.t(ACTION_LABELS[step.outcome.action])}
            </button>
          )}
        </div>
      )}
      {path.length > 1 && (
        <div class="guide-nav">
          <button type="button" class="quiet" onClick={() => setPath(path.slice(0, -1))}>
            {t.t(msg('guide.previous'))}
          </button>
          <button type="button" class="quiet" onClick={() => setPath([WHICH_TYPE_GUIDE.start])}>
            {t.t(msg('guide.startOver'))}
          </button>
        </div>
      )}
    </section>
  );
}
