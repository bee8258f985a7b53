/** The layout-changed card's details: what the reader missed on the page, and to report it. */
import type { BillingReading } from '../../reader/reading';
import { msg } from '../../i18n/message';
import { cleanText } from '../format';
import type { DetailsOf } from '../types';

const REPORT_STEP = msg('hint.layoutChanged.reportStep');

/** The page whose reading missed something. */
export const layoutChangedDetails: DetailsOf<BillingReading> = (page) => {
  const missing = page.missing.slice(0, 10).map((item) => cleanText(item, 60)).filter(Boolean);
  return {
    explanation: [missing.length > 0 ? msg('hint.layoutChanged.text', { missing: missing.join(', ') }) : msg('hint.layoutChanged.textNothing')],
    facts: [
      { label: msg('fact.notFound'), value: missing.length > 0 ? missing.join(', ') : { msg: msg('common.unknown') } },
      { label: msg('fact.page'), value: page.pageKind },
    ],
    nextStep: { label: REPORT_STEP },
  };
};
