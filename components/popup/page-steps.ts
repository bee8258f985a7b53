/**
 * A card's step on the open Ads Manager page ("Show me where to enter it"), taken from the popup: the
 * page shows it, or the popup says why not under the step that was clicked (and to screen readers).
 */
import { useState } from 'preact/hooks';
import type { Hint } from '../../lib/hints/types';
import { msg } from '../../lib/i18n/message';
import type { PageAction } from '../../lib/messages';
import type { Account } from '../../lib/notes/schema';
import { useT } from '../i18n/i18n';
import { accountLabel } from './AccountPicker';
import type { FoundSummary } from './page-summary';
import type { PopupServices } from './services';

/** Why a card's step on the page could not be taken (its element is gone, the tab shows another account). */
export interface StepMiss {
  hintId: string;
  said: string;
}

export function usePageSteps(services: PopupServices, found: FoundSummary | null | undefined, accounts: readonly Account[], announce: (said: string) => void) {
  const t = useT();
  const [stepMiss, setStepMiss] = useState<StepMiss | null>(null);
  const takeStep = (action: PageAction, hint: Hint) => {
    if (!found) return;
    setStepMiss(null);
    void services.showOnPage(found, action).then((result) => {
      if (result.type === 'shown') return;
      const turnedTo = result.type === 'moved' ? accounts.find((candidate) => candidate.id === result.accountId) : undefined;
      const said = t.t(
        result.type === 'moved'
          ? msg('popup.pageMoved', { account: turnedTo ? accountLabel(turnedTo) : result.accountId })
          : msg(action.type === 'scroll-to-coupon-entry' ? 'hint.couponLocation.notFoundTitle' : 'popup.notOnPage'),
      );
      setStepMiss({ hintId: hint.id, said });
      announce(said);
    });
  };
  return { stepMiss, takeStep };
}
