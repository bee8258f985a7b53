import { Fragment } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { TranslatorLoader } from '../../lib/i18n/catalog';
import { FOLDED_NAME_MAX, msg, withShortText, type Msg } from '../../lib/i18n/message';
import { Text, useT } from '../i18n/i18n';
import type { Hint } from '../../lib/hints/types';
import { HintFacts } from '../HintFacts';
import { CreditProgress } from './CreditProgress';
import { NextStep } from './NextStep';
import { RejectionCauses } from './RejectionCauses';

export interface HintCardProps {
  hint: Hint;
  /** Grows each time a mark on the page asks for this card: it opens its details and takes focus. */
  focusRequest?: number;
  onDismiss(hint: Hint): void;
  showCouponEntry: (() => void) | null;
  showOnPage?: ((selector: string) => void) | null;
  /** Loads another language's translator (a rejection's support message "in English"). */
  loadTranslator: TranslatorLoader;
}

const SEVERITY_LABEL: Record<Hint['severity'], Msg> = {
  critical: msg('severity.critical'),
  warning: msg('severity.warning'),
  info: msg('severity.info'),
  success: msg('severity.success'),
};

/**
 * One hint: title, the why, the facts it used, and the one next step. Everything is text. A row of the
 * dock's body, which comes with the parts (./parts/entry.tsx) once the dock first opens.
 */
export function HintCard({ hint, focusRequest = 0, onDismiss, showCouponEntry, showOnPage = null, loadTranslator }: HintCardProps) {
  const t = useT();
  // Every row starts folded (its title and next step) until asked.
  const [expanded, setExpanded] = useState(false);
  // Folded, the title has three lines: a long name is cut so the answer after it shows; the full title is read out.
  const folded = expanded ? null : withShortText(hint.title, FOLDED_NAME_MAX);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRequest === 0) return;
    setExpanded(true);
    toggle.current?.focus();
  }, [focusRequest]);
  return (
    <article class="hint" data-hint={hint.kind} data-state={hint.state} data-severity={hint.severity} aria-labelledby={`${id}-title`}>
      <div class="hint-bar">
        <button
          ref={toggle}
          type="button"
          class="hint-toggle"
          aria-expanded={expanded}
          aria-controls={`${id}-body`}
          onClick={() => setExpanded(!expanded)}
        >
          <span class="severity" aria-hidden="true" />
          <span class="visually-hidden">{t.t(SEVERITY_LABEL[hint.severity])}: </span>
          <span class="hint-title" id={`${id}-title`}>
            {folded ? (
              <>
                <span aria-hidden="true">
                  <Text msg={folded} />
                </span>
                <span class="visually-hidden">
                  <Text msg={hint.title} />
                </span>
              </>
            ) : (
              <Text msg={hint.title} />
            )}
          </span>
        </button>
        <button type="button" class="dismiss" data-action="dismiss" aria-label={t.t(msg('overlay.dismiss', { title: { msg: hint.title } }))} onClick={() => onDismiss(hint)}>
          ×
        </button>
      </div>
      {/* Folded, a row is its title (the answer) and the next step's line; the rest is in the details. */}
      {!expanded && hint.nextStep && (
        <p class="hint-next" data-testid="next-step-line">
          <Text msg={hint.nextStep.label} />
        </p>
      )}
      {hint.progress && <CreditProgress progress={hint.progress} />}
      <div class="hint-body" id={`${id}-body`} hidden={!expanded}>
        <p class="explanation">
          {hint.explanation.map((sentence, index) => (
            <Fragment key={index}>
              {index > 0 && ' '}
              <Text msg={sentence} />
            </Fragment>
          ))}
        </p>
        <HintFacts facts={hint.facts} class="hint-facts" />
        {hint.causes && <RejectionCauses hint={hint} loadTranslator={loadTranslator} />}
        {hint.nextStep && hint.nextStep.action?.type !== 'copy-support' && (
          <NextStep step={hint.nextStep} showCouponEntry={showCouponEntry} showOnPage={showOnPage} />
        )}
      </div>
    </article>
  );
}
