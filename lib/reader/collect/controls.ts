import type { Concept } from '../../lexicon';
import { closestComposed, textOf } from '../dom';
import type { LabelHit } from '../label-index';
import type { ControlRecord } from '../records';
import { conceptsIn } from '../words';
import { customControlHost, linkHref } from './control-kinds';
import { CONTROL, DIALOG, type KeyOf, type Part, type QueryAll, type Visible } from './shared';

/** Control records: the buttons and links that open the coupon entry or activate a code. */

const OPENER_CONCEPTS: readonly Concept[] = ['couponOpener', 'activate'];

export function collectControls(
  hits: readonly LabelHit[],
  queryAll: QueryAll,
  keyOf: KeyOf,
  visible: Visible,
): Part<ControlRecord[]> {
  const seen = new Set<Element>();
  const controls: ControlRecord[] = [];
  const add = (control: Element) => {
    if (seen.has(control)) return;
    seen.add(control);
    controls.push({
      key: keyOf(control),
      text: textOf(control, 120),
      ariaLabel: control.getAttribute('aria-label') ?? '',
      title: control.getAttribute('title') ?? '',
      href: linkHref(control),
      visible: visible(control),
      inDialog: closestComposed(control, DIALOG) != null,
    });
  };
  for (const hit of hits) {
    if (!hit.matches.some((match) => match.concept === 'couponOpener' || match.concept === 'activate')) continue;
    const control = closestComposed(hit.node, CONTROL) ?? customControlHost(hit.node);
    if (control) add(control);
  }
  // Icon-only buttons carry their words in aria-label or title, which the text walk does not see.
  for (const control of queryAll(`:is(${CONTROL})[aria-label], :is(${CONTROL})[title]`)) {
    const words = `${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('title') ?? ''}`;
    if (conceptsIn(words, OPENER_CONCEPTS).length > 0) add(control);
  }
  return { value: controls, regions: [...seen] };
}

