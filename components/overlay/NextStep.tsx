import type { NextStep as Step } from '../../lib/hints/types';
import { msg } from '../../lib/i18n/message';
import { Text, useT } from '../i18n/i18n';
import { CopyCode } from '../CopyCode';

/** Links only to the TikTok pages the hints are about, and only as plain same-tab links. */
export function safeTikTokUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname;
    return parsed.protocol === 'https:' && (host === 'ads.tiktok.com' || host === 'business.tiktok.com') ? parsed.href : null;
  } catch {
    return null;
  }
}

export interface NextStepProps {
  step: Step;
  /** Scrolls the coupon field into view; null when the page has none to scroll to. */
  showCouponEntry: (() => void) | null;
  /** Scrolls an element of the page (a promotion's row) into view by the reading's selector. */
  showOnPage?: ((selector: string) => void) | null;
}

export function NextStep({ step, showCouponEntry, showOnPage = null }: NextStepProps) {
  const t = useT();
  const action = step.action;
  const href = action?.type === 'open-url' ? safeTikTokUrl(action.url) : null;
  return (
    <div class="next-step" data-next-step={action?.type ?? 'text'}>
      {href ? (
        <a class="action link" href={href} target="_self" data-action="open-url">
          <Text msg={step.label} />
        </a>
      ) : (
        <p class="step-label">
          <Text msg={step.label} />
        </p>
      )}
      {action?.type === 'scroll-to-coupon-entry' && showCouponEntry && (
        <button type="button" class="action" data-action="scroll-to-coupon-entry" onClick={showCouponEntry}>
          {t.t(msg('overlay.showMe'))}
        </button>
      )}
      {action?.type === 'show-on-page' && showOnPage && (
        <button type="button" class="action" data-action="show-on-page" data-target={action.selector} onClick={() => showOnPage(action.selector)}>
          {t.t(msg('overlay.showMe'))}
        </button>
      )}
      {action?.type === 'open-popup' && <p class="muted">{t.t(msg('overlay.openFromToolbar'))}</p>}
      {step.code && <CopyCode code={step.code} />}
    </div>
  );
}
