import type { Hint, HintAction } from '../../lib/hints/types';
import { ProgressBar } from './ProgressBar';

const SEVERITY_LABELS: Record<Hint['severity'], string> = {
  critical: 'Act now',
  warning: 'Check',
  info: 'Note',
  success: 'Done',
};

/** What matters now for the account, most urgent first; all text, never HTML. */
export function HintsNow({ hints, onAction }: { hints: readonly Hint[]; onAction: (action: HintAction) => void }) {
  if (hints.length === 0) return null;
  return (
    <section class="section" aria-labelledby="hints-title" data-testid="hints">
      <h2 id="hints-title" class="section-title">
        What matters now
      </h2>
      <ul class="cards">
        {hints.map((hint) => (
          <li key={hint.id} class={`card hint severity-${hint.severity}`} data-testid="hint" data-kind={hint.kind}>
            <p class="hint-title">
              <span class="severity">{SEVERITY_LABELS[hint.severity]}</span> {hint.title}
            </p>
            {hint.progress && (
              <ProgressBar current={hint.progress.current} target={hint.progress.target} currency={hint.progress.currency} label={hint.title} />
            )}
            {/* The popup is small: the why and the numbers fold away under the title. */}
            <details class="hint-details">
              <summary>Details</summary>
              <p class="hint-text">{hint.explanation}</p>
              {hint.facts.length > 0 && (
                <dl class="facts">
                  {hint.facts.map((fact) => (
                    <div class="fact" key={fact.label}>
                      <dt>{fact.label}</dt>
                      <dd>{fact.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {hint.causes && hint.causes.length > 0 && (
                <div class="causes">
                  <p class="causes-title">Likely causes, most likely first</p>
                  <ol>
                    {hint.causes.map((cause) => (
                      <li key={cause.cause}>
                        <strong>{cause.title}</strong>
                        <span class="muted"> — {cause.check}</span>
                      </li>
                    ))}
                  </ol>
                </div>
              )}
            </details>
            {hint.nextStep &&
              (hint.nextStep.action && hint.nextStep.action.type !== 'scroll-to-coupon-entry' && hint.nextStep.action.type !== 'show-on-page' && hint.nextStep.action.type !== 'open-popup' ? (
                <button type="button" class="link" onClick={() => onAction(hint.nextStep!.action!)}>
                  {hint.nextStep.label}
                </button>
              ) : (
                <p class="next-step">Next: {hint.nextStep.label}</p>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
