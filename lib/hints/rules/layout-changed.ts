/**
 * A Billing route where the reader found none (or not all) of what it expects: say so instead of
 * failing silently (issue 3, item 6). The reader lists what it missed in `reading.missing`.
 */
import { cleanText } from '../format';
import { hintId } from '../hint-id';
import type { HintRule } from '../types';

export const REPORT_STEP = 'Save the page (Ctrl+S / Cmd+S) and run `npm run inspect -- saved-page.html` on it to report what Credit Lens reads';

export const layoutChangedHints: HintRule = (input) => {
  const page = input.reading;
  if (!page || page.pageKind === 'other' || page.missing.length === 0) return [];
  const nothing = page.amounts.length === 0 && page.couponEntry.kind === 'none' && page.promotions.length === 0;
  const state = nothing ? 'nothing-found' : 'partly-found';
  const missing = page.missing.slice(0, 10).map((item) => cleanText(item, 60)).filter(Boolean);
  return [
    {
      id: hintId('layout-changed', null, state),
      kind: 'layout-changed',
      state,
      severity: nothing ? 'warning' : 'info',
      title: nothing ? 'This page looks different: hints may be missing' : 'Part of this page looks different: some hints may be missing',
      explanation: `This is a Billing page, but Credit Lens did not find ${missing.length > 0 ? missing.join(', ') : 'what it expects'} here. Ads Manager may have changed its layout, or the page has not finished loading.`,
      facts: [
        { label: 'Not found', value: missing.join(', ') || 'unknown' },
        { label: 'Page', value: page.pageKind },
      ],
      nextStep: { label: REPORT_STEP },
    },
  ];
};
