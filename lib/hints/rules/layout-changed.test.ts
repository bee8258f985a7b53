import { describe, expect, it } from 'vitest';
import { input, reading, english } from '../testing';
import { layoutChangedHints as computeLayoutChangedHints } from './layout-changed';

const layoutChangedHints = english(computeLayoutChangedHints);

describe('layout-changed hint', () => {
  it('says plainly that the page looks different when a Billing page yields nothing expected', () => {
    const page = reading({ amounts: [], missing: ['balances', 'coupon entry'] });
    const [hint] = layoutChangedHints(input({ reading: page }));
    expect(hint).toMatchObject({
      id: 'layout-changed:page:nothing-found',
      state: 'nothing-found',
      severity: 'warning',
      title: 'This page looks different: hints may be missing',
    });
    expect(hint!.facts).toContainEqual({ label: 'Not found', value: 'balances, coupon entry' });
    // The advertiser's own way to report it, the status card's button, never a developer's command.
    expect(hint!.nextStep?.label).toContain('“Save a report”');
    expect(hint!.nextStep?.label).not.toContain('npm');
  });

  it('is milder when the page yielded part of what was expected', () => {
    const [hint] = layoutChangedHints(input({ reading: reading({ missing: ['coupon entry'] }) }));
    expect(hint).toMatchObject({ state: 'partly-found', severity: 'info' });
  });

  it('says nothing when nothing is missing, off Billing routes, or without a page', () => {
    expect(layoutChangedHints(input())).toEqual([]);
    expect(layoutChangedHints(input({ reading: reading({ pageKind: 'other', amounts: [], missing: ['balances'] }) }))).toEqual([]);
    expect(layoutChangedHints(input({ reading: null }))).toEqual([]);
  });
});
