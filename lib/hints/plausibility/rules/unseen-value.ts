import { doubt, type PlausibilityRule } from '../types';

/**
 * A value read from text the page shows to screen readers only, or places off the page: the user
 * cannot see it, so it may be a stale copy, or another figure than the one on screen. The reader
 * marks such amounts (`LabelledAmount.unseen`, lib/reader/out-of-sight.ts); elements it judges
 * hidden outright it never reads at all.
 */
export const unseenValue: PlausibilityRule = ({ reading }) => {
  const unseen = reading.amounts.filter((amount) => amount.unseen === true);
  const first = unseen[0];
  if (!first) return [];
  return [
    doubt('unseen-value', {
      fields: unseen.map((amount) => amount.role).join(' '),
      count: unseen.length,
      field: first.role,
      value: first.value,
      currency: first.currency ?? reading.currency,
    }),
  ];
};
