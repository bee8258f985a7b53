import type { Hint, HintAction } from '../../lib/hints/types';
import { isPageAction } from '../../lib/messages';
import { CopyCode } from '../CopyCode';
import type { StepMiss } from './page-steps';
import { HintFacts } from '../HintFacts';
import { ProgressBar } from '../ProgressBar';
import { progressWords } from './progress-words';
import { msg, type Msg } from '../../lib/i18n/message';
import { Text, useT } from '../i18n/i18n';

const SEVERITY_LABELS: Record<Hint['severity'], Msg> = {
  critical: msg('severityShort.critical'),
  warning: msg('severityShort.warning'),
  info: msg('severityShort.info'),
  success: msg('severityShort.success'),
};

/**
 * Whether the popup offers a step as a button. A step on the page (the promo code entry, a
 * promotion's row) is when the hints come from a page that can be asked to take it (`pageAnswers`).
 * A step "in your notes" (the overlay says to open the popup) opens the card's offer or code here.
 */
const takenHere = (action: HintAction, hint: Hint, pageAnswers: boolean) => {
  if (isPageAction(action)) return pageAnswers;
  return action.type !== 'open-popup' || hint.subject !== undefined;
};

/** What matters now for the account, most urgent first; all text, never HTML. */
export function HintsNow({
  hints,
  onAction,
  pageAnswers,
  stepMiss = null,
}: {
  hints: readonly Hint[];
  onAction: (action: HintAction, hint: Hint) => void;
  pageAnswers: boolean;
  stepMiss?: StepMiss | null;
}) {
  const t = useT();
  if (hints.length === 0) return null;
  return (
    <section class="section" aria-labelledby="hints-title" data-testid="hints">
      <h2 id="hints-title" class="section-title">
        {t.t(msg('popup.hintsTitle'))}
      </h2>
      <ul class="cards">
        {hints.map((hint) => (
          <li key={hint.id} class={`card hint severity-${hint.severity}`} data-testid="hint" data-kind={hint.kind}>
            <p class="hint-title">
              <span class="severity">{t.t(SEVERITY_LABELS[hint.severity])}</span> <Text msg={hint.title} />
            </p>
            {hint.progress && (
              <ProgressBar current={hint.progress.current} target={hint.progress.target} label={t.t(hint.title)} text={progressWords(t, hint.progress.current, hint.progress.target, hint.progress.currency)} left={hint.progress.left ?? null} />
            )}
            {/* The popup is small: the why and the numbers fold away under the title. */}
            <details class="hint-details">
              <summary>{t.t(msg('popup.details'))}</summary>
              <p class="hint-text">{hint.explanation.map((sentence) => t.t(sentence)).join(' ')}</p>
              <HintFacts facts={hint.facts} />
              {hint.causes && hint.causes.length > 0 && (
                <div class="causes">
                  <p class="causes-title">{t.t(msg('rejection.likelyCauses'))}</p>
                  <ol>
                    {hint.causes.map((cause) => (
                      <li key={cause.cause}>
                        <strong>{t.t(cause.title)}</strong>
                        <span class="muted"> — {t.t(cause.check)}</span>
                      </li>
                    ))}
                  </ol>
                </div>
              )}
            </details>
            {hint.nextStep && (
              <div class="hint-step">
                {hint.nextStep.action && takenHere(hint.nextStep.action, hint, pageAnswers) ? (
                  <button type="button" class="link" onClick={() => onAction(hint.nextStep!.action!, hint)}>
                    {t.t(hint.nextStep.label)}
                  </button>
                ) : (
                  <p class="next-step">{t.t(msg('popup.next', { step: { msg: hint.nextStep.label } }))}</p>
                )}
                {/* The step is about a saved code: copied here, it is pasted on the Payment page the step opens. */}
                {hint.nextStep.code && <CopyCode code={hint.nextStep.code} />}
                {stepMiss?.hintId === hint.id && <p class="step-miss" data-testid="step-miss">{stepMiss.said}</p>}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
