/**
 * A Billing route where the reader found none (or not all) of what it expects: say so instead of
 * failing silently (issue 3, item 6). The reader lists what it missed in `reading.missing`.
 */
import { msg } from '../../i18n/message';
import { cleanText } from '../format';
import { hintId } from '../hint-id';
import type { HintRule } from '../types';

export const REPORT_STEP = msg('hint.layoutChanged.reportStep');

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
      title: msg(nothing ? 'hint.layoutChanged.nothingTitle' : 'hint.layoutChanged.partlyTitle'),
      explanation: [missing.length > 0 ? msg('hint.layoutChanged.text', { missing: missing.join(', ') }) : msg('hint.layoutChanged.textNothing')],
      facts: [
        { label: msg('fact.notFound'), value: missing.length > 0 ? missing.join(', ') : { msg: msg('common.unknown') } },
        { label: msg('fact.page'), value: page.pageKind },
      ],
      nextStep: { label: REPORT_STEP },
    },
  ];
};
