/**
 * A Billing route where the reader found none (or not all) of what it expects: say so instead of
 * failing silently (issue 3, item 6). The reader lists what it missed in `reading.missing`.
 */
import { msg } from '../../i18n/message';
import { hintId } from '../hint-id';
import { withDetails } from '../summary';

export const layoutChangedHints = withDetails('layout-changed', (input) => {
  const page = input.reading;
  if (!page || page.pageKind === 'other' || page.missing.length === 0) return [];
  const nothing = page.amounts.length === 0 && page.couponEntry.kind === 'none' && page.promotions.length === 0;
  const state = nothing ? 'nothing-found' : 'partly-found';
  const title = msg(nothing ? 'hint.layoutChanged.nothingTitle' : 'hint.layoutChanged.partlyTitle');
  return [[{ id: hintId('layout-changed', null, state), kind: 'layout-changed', state, severity: nothing ? 'warning' : 'info', title }, page]];
});
